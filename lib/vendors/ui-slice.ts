import type { StateCreator } from 'zustand';

/** Which vendor the panel shows when the reviewer picked one by hand, and the add-vendor form. */
export interface VendorsSlice {
  /** A vendor opened from the list; null means "follow the bound tab". */
  openedVendorId: string | null;
  addVendorOpen: boolean;
  vendorOpened: (id: string) => void;
  vendorClosed: () => void;
  addVendorToggled: (open: boolean) => void;
}

export const createVendorsSlice: StateCreator<VendorsSlice, [], [], VendorsSlice> = (set) => ({
  openedVendorId: null,
  addVendorOpen: false,
  vendorOpened: (id) => set({ openedVendorId: id, addVendorOpen: false }),
  vendorClosed: () => set({ openedVendorId: null }),
  addVendorToggled: (open) => set({ addVendorOpen: open }),
});
