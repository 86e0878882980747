#!/usr/bin/env bash
# Checks beyond `npm test`; each later feature adds its own line.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s typecheck
npm run -s lint
npm run test:files
xmllint --noout --schema ../shared/manifest-schema/taskpane/OfficeAppManifestV1_1.xsd manifest.xml
npm run -s test:browser
