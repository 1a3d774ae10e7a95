import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  /** Details shown under the message, such as import warnings, one per line. */
  details?: string[];
  action?: { label: string; run(): void };
  /** Errors stay until dismissed; information goes away by itself. */
  sticky: boolean;
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id' | 'sticky'> & { sticky?: boolean }): number;
  dismiss(id: number): void;
}

let nextId = 1;
const lifetimeMs = 8000;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(toast) {
    const id = nextId++;
    const sticky = toast.sticky ?? toast.kind === 'error';
    set({ toasts: [...get().toasts, { ...toast, id, sticky }] });
    if (!sticky) setTimeout(() => get().dismiss(id), lifetimeMs);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const showInfo = (message: string, extra: Partial<Omit<Toast, 'id' | 'kind' | 'message'>> = {}) =>
  useToasts.getState().show({ kind: 'info', message, ...extra });
export const showError = (message: string, extra: Partial<Omit<Toast, 'id' | 'kind' | 'message'>> = {}) =>
  useToasts.getState().show({ kind: 'error', message, ...extra });
