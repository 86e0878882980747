/* eslint-disable no-undef */
// Builds the task pane, the ribbon's function file and its notice dialog into dist/, in the layout
// of the `yo office` React template. `npm run build` works offline: dev-server certificates are
// only asked for in serve mode.
const { readFileSync } = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted: the manifest's localhost URLs are rewritten to it.
const urlProd = process.env.ADDIN_PUBLIC_URL || "https://theodoinhiemvu.example.vn/";

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/**
 * The inline ES5 fallback of every page and its Vietnamese text (src/core/strings/pane.ts, loaded
 * through tsx, a dev dependency already used by the scripts).
 */
function oldHostParameters() {
  const { register } = require("tsx/cjs/api");
  const unregister = register();
  try {
    const { OLD_HOST_TEXT } = require("./src/core/strings/pane.ts");
    return {
      oldHostText: JSON.stringify(OLD_HOST_TEXT).replace(/</g, "\\u003c"),
      oldHostScript: readFileSync(require.resolve("./src/fallback/oldHost.js"), "utf8"),
    };
  } finally {
    unregister();
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const templateParameters = oldHostParameters();
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      clean: true,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // Tabster (Fluent's focus management) ships ES2022 (static blocks, ??=); the pane's hosts
          // are ES2020 engines (see README), so it is transpiled down with the rest.
          test: /node_modules[\\/](tabster|keyborg)[\\/].*\.js$/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { allowJs: true, target: "ES2020", noEmit: false } } },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsconfig.json is for type checking (noEmit); the bundle only needs transpiling.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // Pages share React, Fluent and the core through common chunks instead of each carrying a copy.
      splitChunks: { chunks: "all" },
    },
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters,
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        templateParameters,
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        templateParameters,
        chunks: ["notice"],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
