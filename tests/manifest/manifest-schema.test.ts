import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const SCHEMA = join(ROOT, "manifest/schemas/OfficeAppManifestV1_1.xsd");

function xmllint(file: string) {
  return spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
}

describe("the add-in manifest", () => {
  it("passes Microsoft's XML schemas, checked offline as `npm run validate` checks it", () => {
    const run = spawnSync("sh", [join(ROOT, "manifest/validate.sh")], { encoding: "utf8" });
    expect(run.stderr.trim()).toBe("manifest.xml validates");
    expect(run.status).toBe(0);
  });

  it("would fail the check with an element out of place: the schemas bite", () => {
    const dir = mkdtempSync(join(tmpdir(), "adal-manifest-"));
    try {
      const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
      const broken = manifest
        .replace("<ProviderName>Adal</ProviderName>", "")
        .replace("</Version>", "</Version><ProviderName>Adal</ProviderName><ProviderName>Adal</ProviderName>");
      writeFileSync(join(dir, "manifest.xml"), broken);
      const run = xmllint(join(dir, "manifest.xml"));
      expect(run.stderr).toMatch(/ProviderName.*not expected/);
      expect(run.status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
