/**
 * The galley:// scheme answers from the built renderer folder only.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, appFileFor, contentTypeOf } from '../../main/window/app-protocol';

const ROOT = resolve('/opt/galley/out/renderer');

describe('the app protocol', () => {
  it('maps the app origin onto the renderer folder', () => {
    expect(appFileFor(APP_PAGE_URL, ROOT)).toBe(join(ROOT, 'index.html'));
    expect(appFileFor('galley://app/assets/index-3f2a.js?v=1#x', ROOT)).toBe(join(ROOT, 'assets/index-3f2a.js'));
    expect(appFileFor('galley://app/assets/a%20b.css', ROOT)).toBe(join(ROOT, 'assets/a b.css'));
    // The URL parser resolves plain dot segments before anything reaches the folder.
    expect(appFileFor('galley://app/../../etc/passwd', ROOT)).toBe(join(ROOT, 'etc/passwd'));
    expect(appFileFor('galley://app/%2e%2e/%2e%2e/etc/passwd', ROOT)).toBe(join(ROOT, 'etc/passwd'));
  });

  it('refuses every way out of the folder and every other origin', () => {
    for (const url of [
      'galley://app/assets/..%2f..%2f..%2fetc/passwd',
      'galley://app/..%5c..%5cwindows%5cwin.ini',
      'galley://app/index.html%00.png',
      'galley://app/%E0%A4%A',
      'galley://app/',
      'galley://evil/index.html',
      'galley://user@app/index.html',
      'file:///opt/galley/out/renderer/index.html',
      'http://app/index.html',
      'not a url',
    ]) {
      expect(appFileFor(url, ROOT), url).toBeNull();
    }
  });

  it('serves scripts, styles and pages with their content types', () => {
    expect(contentTypeOf('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('x/a.bin')).toBe('application/octet-stream');
  });
});
