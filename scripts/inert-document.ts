import { Window } from 'happy-dom';

/**
 * Saved HTML as an inert happy-dom document served at `url`: no scripts run, nothing is fetched, no
 * navigation. The scanner and the detection tests both read pages this way ("as served").
 * Call close() when done.
 */
export function inertDocument(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
