/**
 * Renderer entry: builds the review window, shows what main opened, and
 * tells the test harness (and anyone waiting) once the first comparison is
 * drawn.
 */
import { App } from './app/app';

async function boot(): Promise<void> {
  const app = new App(document.getElementById('app')!);
  await app.start();
  document.body.dataset.ready = 'true';
}

void boot();
