import { describe, expect, it } from "vitest";
import { checkLocaleFolders } from "../../src/checks/check-locale-folders.ts";
import { checkParts } from "../../src/checks/check-parts.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd } from "../helpers/handbook.ts";

describe("checkLocaleFolders", () => {
  it("reports a folder under translations/ that is not in the locale list", () => {
    const { handbook } = makeHandbook({ sections: { en: {} }, localeFolders: ["en", "nb", "xx"] });
    expect(checkLocaleFolders(createCheckContext(handbook))).toMatchObject([
      { code: "unknown-locale", locale: "xx", file: "translations/xx/" },
    ]);
  });
});

describe("checkParts", () => {
  it("reports a section whose part is not in handbook.yaml, at the part line", () => {
    const { handbook } = makeHandbook({ sections: { en: { a: sourceMd("a", "x") } }, parts: ["help"] });
    expect(checkParts(createCheckContext(handbook))).toMatchObject([
      { code: "unknown-part", section: "a", line: 4, found: "costs" },
    ]);
  });
});
