import { deferMethods, loadPageData } from '../db/load-page-data';

/**
 * The review service as extension pages (side panel, options) use it: the one of this page's data
 * layer (lib/db/page-data.ts), whose code loads on the first call.
 */
export const reviewService = deferMethods(() => loadPageData().then((data) => data.reviewService));
