import type { Page } from '@playwright/test';

/** Page object for the side panel opened as a tab (Playwright cannot drive the real panel). */
export class SidePanel {
  constructor(readonly page: Page) {}
  detectedVendor = () => this.page.getByTestId('detected-vendor');
  reviewVendor = () => this.page.getByTestId('review-vendor');
  note = () => this.page.getByLabel('Reviewer notes');
  saved = () => this.page.getByText('Saved on this computer');
  copyFindings = () => this.page.getByRole('button', { name: 'Copy findings' });
}
