import type { StateCreator } from 'zustand';
import { FIRST_SORT, VENDOR_PAGE, type VendorFilter, type VendorSort } from './list-defaults';

/** Which vendor the panel shows when picked by hand, the vendor list's filter, and undo for deletes. */
export interface VendorsSlice {
  /** A vendor opened from the list; null means "follow the bound tab". */
  openedVendorId: string | null;
  addVendorOpen: boolean;
  vendorQuery: string;
  vendorSort: VendorSort;
  vendorFilter: VendorFilter;
  /** How many list rows to read and show; back to one page when the search, sort or filter changes. */
  vendorLimit: number;
  /** The last deleted vendor, offered for undo until dismissed. */
  lastDeleted: { id: string; name: string } | null;
  vendorOpened: (id: string) => void;
  vendorClosed: () => void;
  addVendorToggled: (open: boolean) => void;
  vendorQueryChanged: (q: string) => void;
  vendorSortChanged: (s: VendorSort) => void;
  vendorFilterChanged: (f: VendorFilter) => void;
  vendorsShownMore: () => void;
  vendorDeleted: (v: { id: string; name: string }) => void;
  undoDismissed: () => void;
}

export const createVendorsSlice: StateCreator<VendorsSlice, [], [], VendorsSlice> = (set) => ({
  openedVendorId: null,
  addVendorOpen: false,
  vendorQuery: '',
  vendorSort: FIRST_SORT,
  vendorFilter: 'all',
  vendorLimit: VENDOR_PAGE,
  lastDeleted: null,
  vendorOpened: (id) => set({ openedVendorId: id, addVendorOpen: false }),
  vendorClosed: () => set({ openedVendorId: null }),
  addVendorToggled: (open) => set({ addVendorOpen: open }),
  vendorQueryChanged: (q) => set({ vendorQuery: q.slice(0, 200), vendorLimit: VENDOR_PAGE }),
  vendorSortChanged: (s) => set({ vendorSort: s, vendorLimit: VENDOR_PAGE }),
  vendorFilterChanged: (f) => set({ vendorFilter: f, vendorLimit: VENDOR_PAGE }),
  vendorsShownMore: () => set((s) => ({ vendorLimit: s.vendorLimit + VENDOR_PAGE * 5 })),
  vendorDeleted: (v) =>
    set((s) => ({ lastDeleted: v, openedVendorId: s.openedVendorId === v.id ? null : s.openedVendorId })),
  undoDismissed: () => set({ lastDeleted: null }),
});
