/**
 * The detector injected into a candidate page and the gate content script run in the same isolated
 * world (the extension's own, which page scripts cannot reach), so the gate finds a detector already
 * injected into this document through this one global, and never injects it twice.
 */
export interface DetectorHandle {
  /** Detect now (a new SPA route that passed the gate), then watch for late content again. */
  run(): void;
  /** The page (route) is no longer a candidate: withdraw what was reported. */
  clear(): void;
}

const KEY = '__vendorscopeDetector';

export const findDetector = (): DetectorHandle | undefined =>
  (globalThis as unknown as Record<string, DetectorHandle | undefined>)[KEY];

export const installDetector = (handle: DetectorHandle): void => {
  (globalThis as unknown as Record<string, DetectorHandle | undefined>)[KEY] = handle;
};
