/**
 * The client's report as one self-contained HTML file: no script, no
 * external resource (its Content-Security-Policy forbids both, so even a
 * hostile draft cannot make it fetch or run anything), styles inline, laid
 * out to print cleanly to PDF from any browser. Every piece of document text
 * goes through `escapeHtml`: a draft full of markup shows as text.
 */
import { markWording, partsWithin, SUGGESTION_KINDS, type WordingSegment } from '@galley/engine';
import { countItems, DECISIONS, reportRows, type ReviewReport } from './review-report';

const SEVERITIES = ['high', 'medium', 'low'] as const;

export function htmlReport(report: ReviewReport): string {
  const counts = countItems(report.items);
  const rows = reportRows(report);
  const title = `Proofreading report: ${report.title}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(report.generator)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<dl class="files">
<dt>Draft</dt><dd>${escapeHtml(report.draft.name)}</dd>
<dt>Reference</dt><dd>${escapeHtml(report.reference.name)}</dd>
<dt>Made</dt><dd><time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(report.generatedAt)}</time> by ${escapeHtml(report.generator)}</dd>
</dl>
</header>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<p>${counts.total} suggestion${counts.total === 1 ? '' : 's'}: ${DECISIONS.map((d) => `${counts.byDecision[d]} ${d}`).join(', ')}.</p>
<div class="counts">
${countTable('By kind', SUGGESTION_KINDS.map((k) => [k, counts.byKind[k]] as const))}
${countTable('By severity', SEVERITIES.map((s) => [s, counts.bySeverity[s]] as const))}
${countTable('By decision', DECISIONS.map((d) => [d, counts.byDecision[d]] as const))}
</div>
</section>
<section aria-labelledby="suggestions">
<h2 id="suggestions">Suggestions</h2>
${rows.length === 0 ? '<p>No differences from the reference.</p>' : suggestionTable(rows)}
</section>
<section aria-labelledby="edits">
<h2 id="edits">The editor's own edits</h2>
${report.edits.length === 0 ? '<p>None.</p>' : editTable(report)}
</section>
</body>
</html>
`;
}

function countTable(caption: string, entries: readonly (readonly [string, number])[]): string {
  const body = entries.map(([name, n]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${n}</td></tr>`).join('');
  return `<table class="count"><caption>${escapeHtml(caption)}</caption><tbody>${body}</tbody></table>`;
}

function suggestionTable(rows: ReturnType<typeof reportRows>): string {
  const body = rows
    .map(({ item, line, draftWording, referenceWording }, i) => {
      const marked = markWording(draftWording, referenceWording, partsWithin(item.suggestion));
      const decided = item.decidedAt ? ` <time datetime="${escapeHtml(item.decidedAt)}">${escapeHtml(item.decidedAt)}</time>` : '';
      return (
        `<tr class="${item.decision}">` +
        `<td>${i + 1}</td><td>${line}</td><td>${item.suggestion.kind}</td>` +
        `<td class="sev-${item.suggestion.severity}">${item.suggestion.severity}</td>` +
        `<td>${item.decision}${decided}</td>` +
        `<td class="wording">${wording(marked.draft, 'del')}</td>` +
        `<td class="wording">${wording(marked.reference, 'ins')}</td></tr>`
      );
    })
    .join('\n');
  return `<table class="suggestions">
<thead><tr><th scope="col">#</th><th scope="col">Line</th><th scope="col">Kind</th><th scope="col">Severity</th><th scope="col">Decision</th><th scope="col">Draft</th><th scope="col">Reference</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function editTable(report: ReviewReport): string {
  const body = report.edits
    .map((e) => `<tr><td>${e.line}</td><td class="wording">${wording(changed(e.before), 'del')}</td><td class="wording">${wording(changed(e.after), 'ins')}</td></tr>`)
    .join('\n');
  return `<table class="edits">
<thead><tr><th scope="col">Line</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

/** A wording changed as a whole; none when it is empty (an edit that only added or only removed text). */
function changed(text: string): WordingSegment[] {
  return text === '' ? [] : [{ text, changed: true }];
}

/** One wording with its changed runs in `<del>` or `<ins>`; an empty wording says so. */
function wording(segments: readonly WordingSegment[], tag: 'del' | 'ins'): string {
  if (segments.length === 0) return '<span class="none">(nothing)</span>';
  return segments.map((s) => (s.changed ? `<${tag}>${visible(s.text)}</${tag}>` : visible(s.text))).join('');
}

/** Escaped text with line breaks shown as ¶ (a report row stays one row) and a lone space made visible. */
function visible(text: string): string {
  if (/^[ \t]+$/.test(text)) return `<span class="space">${'␣'.repeat(text.length)}</span>`;
  return escapeHtml(text).replace(/\r?\n/g, '<span class="space">¶</span> ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const STYLE = `
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc}
dl.files{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}
.counts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
table{border-collapse:collapse}caption{text-align:left;font-weight:600;padding-bottom:.2rem}
th,td{border:1px solid #d0d0d0;padding:.2rem .45rem;vertical-align:top;text-align:left}
table.count td{text-align:right;min-width:3rem}
table.suggestions,table.edits{width:100%}
td.wording{white-space:pre-wrap;word-break:break-word;width:30%}
del{background:#fde2e1;color:#8a1c13;text-decoration:line-through}ins{background:#dcf4dc;color:#145c14;text-decoration:none}
.space,.none{color:#777}.sev-high{color:#a4161a;font-weight:600}
tr.rejected td{color:#555}
thead{display:table-header-group}tr{break-inside:avoid}
@media print{body{margin:0;max-width:none;font-size:9.5pt}h2{break-after:avoid}}
`;
