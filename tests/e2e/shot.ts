/**
 * Screenshots taken by the browser tests go to screenshots/tmp/ (ignored by git), so `npm test`
 * leaves the working tree clean; a person copies the ones worth keeping into screenshots/.
 */
import type { Page, TestInfo } from "@playwright/test";

/** `name-1280.png` on the desktop project, `name-390.png` on the phone one. */
export const shot = async (page: Page, name: string, info: Pick<TestInfo, "project">, options: { fullPage?: boolean } = {}) => {
  const width = info.project.name === "mobile" ? 390 : 1280;
  await page.screenshot({ path: `screenshots/tmp/${name}-${width}.png`, ...options });
};
