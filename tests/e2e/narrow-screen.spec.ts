import { expect, test } from "@playwright/test";
import { compareUrl, twoAwardsSameYear } from "./profiles";

// The narrowest phones in use are 360 px wide: nothing may need sideways scrolling there.
test.use({ viewport: { width: 360, height: 740 } });
test.skip(({ isMobile }) => !isMobile, "a phone check: the mobile project runs it");

for (const [name, url] of Object.entries({
  compare: compareUrl(twoAwardsSameYear),
  "policy list": "/policies",
  "policy page": "/policies/linyi",
})) {
  test(`${name} fits 360 px without sideways scrolling`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}
