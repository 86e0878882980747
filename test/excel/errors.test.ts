// Excel's failures reach the user as AddinError in Vietnamese, saying what to do next.
import { EXCEL_ERROR_MESSAGES } from "../../src/core/strings/excel";
import { excelActions } from "../../src/excel";
import { AddinError } from "../../src/excel/actions";
import { toAddinError } from "../../src/excel/errors";
import { FakeOfficeError, type FakeErrorCode } from "../fakes/excel";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();

it("asks the user to leave cell-edit mode when Excel is busy editing a cell", async () => {
  await excelActions.createOrExtendTracker(importedTasks(3), 2026);
  host().cellEditMode = true;
  const error = await excelActions.readTracking().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AddinError);
  expect(error).toMatchObject({ code: "InvalidOperationInCellEditMode", message: expect.stringMatching(/Enter|Esc/) });
});

it.each<FakeErrorCode>(["InvalidArgument", "ItemNotFound", "ItemAlreadyExists", "GeneralException", "RequestPayloadSizeLimitExceeded", "ApiNotFound"])(
  "explains %s in Vietnamese",
  (code) => {
    const mapped = toAddinError(new FakeOfficeError(code, "English text from Excel"));
    expect(mapped).toBeInstanceOf(AddinError);
    expect(mapped).toMatchObject({ code, message: EXCEL_ERROR_MESSAGES[code] });
  },
);

it("explains AccessDenied and codes it does not know", () => {
  const denied = { code: "AccessDenied", message: "x", debugInfo: {} };
  expect(toAddinError(denied)).toMatchObject({ message: expect.stringContaining("bảo vệ") });
  expect(toAddinError({ code: "SomethingNew", message: "x", debugInfo: {} })).toMatchObject({ code: "SomethingNew", message: expect.stringContaining("Excel") });
});

it("leaves programming errors as they are", () => {
  const bug = new TypeError("x is undefined");
  expect(toAddinError(bug)).toBe(bug);
});
