/**
 * Puppeteer must never download its own Chrome: this project runs on machines
 * without internet access and uses Debian's `chromium` package instead
 * (found through PUPPETEER_EXECUTABLE_PATH or known install paths).
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
