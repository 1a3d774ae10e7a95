import { create } from 'zustand';

export type HelpTopic = 'shortcuts' | 'legend' | 'guide';

/** Which help dialog is open; one at a time, for the whole app (two editors side by side share it). */
export const useHelp = create<{ topic: HelpTopic | null; open(topic: HelpTopic): void; close(): void }>((set) => ({
  topic: null,
  open: (topic) => set({ topic }),
  close: () => set({ topic: null }),
}));
