// The task pane: webpack 5 with ts-loader (no native binaries). `webpack --mode production` writes dist/;
// `webpack serve` is the https dev server on port 3000 that manifest.xml points at.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const tsx = require("tsx/cjs/api");
const { CONTENT_SECURITY_POLICY } = require("./addin/content-security-policy");

// The legacy web view's message comes from the catalogue, so the kk/ru/en parity test covers it.
const { t } = tsx.require(path.join(__dirname, "shared/i18n/translate.ts"), __dirname);
const legacyMessage = (lang) =>
  t(lang, "pane.legacy", { browser: "Internet Explorer / Edge (EdgeHTML)", versions: "Microsoft 365, Office 2021+" });

/** The dev server's certificate: Office's trusted developer one, else webpack's own self-signed one. */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    // office-addin-dev-certs installs its CA with sudo (Linux) or the OS prompt; without it, a self-signed one.
    const reason = (error instanceof Error ? error.message : String(error)).trim();
    console.warn(`office-addin-dev-certs: ${reason}; using a self-signed certificate`);
    return "https";
  }
}

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const serving = process.env.WEBPACK_SERVE === "true";
  return {
    mode: production ? "production" : "development",
    // No eval in development either: the page's Content-Security-Policy forbids it.
    devtool: production ? false : "source-map",
    entry: { taskpane: "./addin/src/main.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          exclude: /node_modules/,
          options: {
            transpileOnly: true,
            onlyCompileBundledFiles: true,
            // ES modules, so webpack can tree-shake Fluent UI: CommonJS output makes it about 30 times larger.
            compilerOptions: { module: "ESNext", target: "ES2020", noEmit: false, sourceMap: !production },
          },
        },
        // Shared modules only declare and compute: one imported for an unused export brings nothing along.
        { test: /\.ts$/, include: path.resolve(__dirname, "shared"), sideEffects: false },
        // So is the XML parser (a class and tables): the Office adapter's one date-format helper leaves it behind.
        { test: /node_modules[\\/](saxes|xmlchars)[\\/]/, sideEffects: false },
        { test: /\.xlsx$/, type: "asset/resource", generator: { filename: "templates/[name].[contenthash:8][ext]" } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "addin/taskpane.html",
        templateParameters: {
          csp: CONTENT_SECURITY_POLICY,
          legacy: { kk: legacyMessage("kk"), ru: legacyMessage("ru"), en: legacyMessage("en") },
          loading: { kk: t("kk", "pane.loading"), ru: t("ru", "pane.loading"), en: t("en", "pane.loading") },
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest/assets", to: "assets" },
          { from: "manifest/support.html" },
          { from: "addin/legacy-web-view.js" },
        ],
      }),
    ],
    optimization: {
      // exceljs by its name, so the build's sizes and the bundle test can tell it apart.
      splitChunks: {
        cacheGroups: { exceljs: { test: /node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async" } },
      },
    },
    // scripts/bundle-sizes.ts holds the budget that matters: the first load.
    performance: { hints: false },
    devServer: {
      port: 3000,
      server: serving ? await devServerHttps() : "https",
      headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY },
      static: false,
      client: { overlay: false },
    },
  };
};
