import { create } from 'zustand';

/** Short-lived UI state. Ids only: fetched objects stay in react-query, shareable state in the URL. */
interface UiState {
  hoveredPlaceId: string | undefined;
  historyOrder: 'oldest' | 'newest';
  /** Whether the time control is playing through the years. */
  playing: boolean;
  /** The section an embedded map shows below itself, if any. */
  embedSection: 'filters' | 'legend' | 'list' | undefined;
  shareOpen: boolean;
  /** Whether the accessibility statement is open. */
  statementOpen: boolean;
  /** Whether the map has drawn its first view: work the first view does not need waits for it. */
  mapDrawn: boolean;
  actions: {
    toggleEmbedSection: (section: 'filters' | 'legend' | 'list') => void;
    setShareOpen: (open: boolean) => void;
    setPlaying: (playing: boolean) => void;
    hoverPlace: (id: string | undefined) => void;
    toggleHistoryOrder: () => void;
    reset: () => void;
    setStatementOpen: (open: boolean) => void;
    setMapDrawn: () => void;
  };
}

const initialState = {
  hoveredPlaceId: undefined,
  historyOrder: 'oldest' as const,
  playing: false,
  embedSection: undefined,
  shareOpen: false,
  statementOpen: false,
  mapDrawn: false,
};

const useUiStore = create<UiState>()((set) => ({
  ...initialState,
  actions: {
    hoverPlace: (id) => set({ hoveredPlaceId: id }),
    setPlaying: (playing) => set({ playing }),
    toggleEmbedSection: (section) =>
      set((state) => ({ embedSection: state.embedSection === section ? undefined : section })),
    setShareOpen: (shareOpen) => set({ shareOpen }),
    toggleHistoryOrder: () =>
      set((state) => ({ historyOrder: state.historyOrder === 'oldest' ? 'newest' : 'oldest' })),
    reset: () => set(initialState),
    setStatementOpen: (statementOpen) => set({ statementOpen }),
    setMapDrawn: () => set({ mapDrawn: true }),
  },
}));

export const useHoveredPlaceId = () => useUiStore((state) => state.hoveredPlaceId);
export const useEmbedSection = () => useUiStore((state) => state.embedSection);
export const useShareOpen = () => useUiStore((state) => state.shareOpen);
export const useStatementOpen = () => useUiStore((state) => state.statementOpen);
export const usePlaying = () => useUiStore((state) => state.playing);
export const useMapDrawn = () => useUiStore((state) => state.mapDrawn);
export const useHistoryOrder = () => useUiStore((state) => state.historyOrder);
export const useUiActions = () => useUiStore((state) => state.actions);
/** The actions outside React: tests reset and drive the store with them. */
export const uiActions = () => useUiStore.getState().actions;
