import type { Page } from 'playwright-core';

/** The archive manager's heading on the options page: "Your archive (N articles)", or "(1 article)". */
export const archiveHeading = (options: Page) => options.getByRole('heading', { name: /Your archive/ });

/** The archive manager's own status line, where imports report (the settings form has another). */
export const importStatus = (options: Page) => options.locator('section[aria-labelledby="archive-heading"] [role=status]');
