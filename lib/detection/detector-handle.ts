/**
 * The detector injected into a candidate page and the background's later injected calls run in the
 * same isolated world (the extension's own, which page scripts cannot reach), so the background
 * (gate-background.ts) finds a detector already injected into this document through this one
 * global, and never injects it twice. That code reads the global by its name, KEY below.
 */
export interface DetectorHandle {
  /** Detect now (a new SPA route that passed the gate), then watch for late content again. */
  run(): void;
  /** The page (route) is no longer a candidate: stop watching, withdraw what was reported. */
  clear(): void;
  /**
   * The reviewer asked the panel to read this page, whatever its address and title say: detect now
   * (again, if this address was already read), report, watch for late content. True when it reads as
   * a trust page.
   */
  read(): Promise<boolean>;
  /**
   * Whether the last detection in this document read as a trust page, once the one running (if any)
   * has ended; null before the first.
   */
  latest(): Promise<boolean | null>;
}

export const KEY = '__vendorscopeDetector';

export const findDetector = (): DetectorHandle | undefined =>
  (globalThis as unknown as Record<string, DetectorHandle | undefined>)[KEY];

export const installDetector = (handle: DetectorHandle): void => {
  (globalThis as unknown as Record<string, DetectorHandle | undefined>)[KEY] = handle;
};
