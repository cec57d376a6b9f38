import { servedPane } from "./support/served-pane";

const site = servedPane();

describe("the page in a legacy web view", () => {
  it.each([
    ["Internet Explorer 11", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"],
    [
      "EdgeHTML",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763",
    ],
  ])("names what works instead in %s, in kk, ru and en, with no pane", async (_, userAgent) => {
    const pane = await site.open({ userAgent });
    try {
      await pane.page.getByText(/Adal не может работать.*adal validate/).waitFor();
      await pane.page.getByText(/Adal жұмыс істей алмайды/).waitFor();
      await pane.page.getByText(/where Adal cannot run.*Excel on the web/).waitFor();
      expect(await pane.page.locator("#root").count()).toBe(0);
      expect(await pane.page.getByRole("tab").count()).toBe(0);
    } finally {
      await pane.close();
    }
  });

  it("stays hidden where the pane runs", async () => {
    const pane = await site.open({ locale: "en-US" });
    try {
      await pane.page.getByRole("tab", { name: "Validate" }).waitFor();
      expect(await pane.page.getByText(/where Adal cannot run/).isVisible()).toBe(false);
    } finally {
      await pane.close();
    }
  });
});
