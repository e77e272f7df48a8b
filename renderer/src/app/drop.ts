/**
 * Files dragged from the file manager onto the window: onto the reference
 * pane they become the reference; anywhere else one file is a new draft and
 * two are a draft and its reference (main decides which is which).
 */
import type { DocumentRole } from '../../../preload/api';

export function acceptDrops(
  root: HTMLElement,
  referenceZone: HTMLElement,
  open: (files: File[], target: DocumentRole | 'auto') => void,
): void {
  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  const clear = (): void => {
    root.classList.remove('is-dropping');
    referenceZone.classList.remove('is-drop-target');
  };
  root.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    root.classList.add('is-dropping');
    referenceZone.classList.toggle('is-drop-target', referenceZone.contains(event.target as Node));
  });
  root.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) clear();
  });
  root.addEventListener('drop', (event) => {
    const files = Array.from(event.dataTransfer?.files ?? []);
    clear();
    if (files.length === 0) return;
    event.preventDefault();
    open(files, referenceZone.contains(event.target as Node) ? 'reference' : 'auto');
  });
}
