import type { StateCreator } from 'zustand';

export type VendorSortKey = 'name' | 'next-stale' | 'verdict';
export type VendorFilterKey = 'all' | 'attention' | 'changed';

/** Which vendor the panel shows when picked by hand, the vendor list's filter, and undo for deletes. */
export interface VendorsSlice {
  /** A vendor opened from the list; null means "follow the bound tab". */
  openedVendorId: string | null;
  addVendorOpen: boolean;
  vendorQuery: string;
  vendorSort: VendorSortKey;
  vendorFilter: VendorFilterKey;
  /** The last deleted vendor, offered for undo until dismissed. */
  lastDeleted: { id: string; name: string } | null;
  vendorOpened: (id: string) => void;
  vendorClosed: () => void;
  addVendorToggled: (open: boolean) => void;
  vendorQueryChanged: (q: string) => void;
  vendorSortChanged: (s: VendorSortKey) => void;
  vendorFilterChanged: (f: VendorFilterKey) => void;
  vendorDeleted: (v: { id: string; name: string }) => void;
  undoDismissed: () => void;
}

export const createVendorsSlice: StateCreator<VendorsSlice, [], [], VendorsSlice> = (set) => ({
  openedVendorId: null,
  addVendorOpen: false,
  vendorQuery: '',
  vendorSort: 'name',
  vendorFilter: 'all',
  lastDeleted: null,
  vendorOpened: (id) => set({ openedVendorId: id, addVendorOpen: false }),
  vendorClosed: () => set({ openedVendorId: null }),
  addVendorToggled: (open) => set({ addVendorOpen: open }),
  vendorQueryChanged: (q) => set({ vendorQuery: q.slice(0, 200) }),
  vendorSortChanged: (s) => set({ vendorSort: s }),
  vendorFilterChanged: (f) => set({ vendorFilter: f }),
  vendorDeleted: (v) =>
    set((s) => ({ lastDeleted: v, openedVendorId: s.openedVendorId === v.id ? null : s.openedVendorId })),
  undoDismissed: () => set({ lastDeleted: null }),
});
