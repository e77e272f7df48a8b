import type { GalleyApi } from '../../preload/api';

declare global {
  interface Window {
    /** The preload's API; the renderer's only way to reach the main process. */
    readonly galley: GalleyApi;
  }
}
