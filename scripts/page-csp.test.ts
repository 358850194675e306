import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { narrowScriptHashes, scriptHash } from './page-csp.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const own = 'console.log(1)';
const other = scriptHash('other()');

describe('narrowScriptHashes', () => {
  it("keeps the hashes of the page's own inline scripts, and 'self', and drops the others", () => {
    const html = page(
      `default-src 'none'; script-src 'self' ${scriptHash(own)} ${other}; style-src 'self' 'sha256-x='`,
      `<script type="module">${own}</script><script src="/a.js"></script>`,
    );
    assert.equal(
      narrowScriptHashes(html),
      page(`default-src 'none'; script-src 'self' ${scriptHash(own)}; style-src 'self' 'sha256-x='`, '').replace(
        '<body></body>',
        `<body><script type="module">${own}</script><script src="/a.js"></script></body>`,
      ),
    );
  });

  it('does not count a data block (JSON-LD) or a script file as an inline script', () => {
    const html = page(
      `script-src 'self' ${scriptHash('{}')} ${other}`,
      '<script type="application/ld+json">{}</script><script type="module" src="/b.js"></script>',
    );
    assert.match(narrowScriptHashes(html), /content="script-src 'self'"/);
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<html><body><script>${own}</script></body></html>`;
    assert.equal(narrowScriptHashes(html), html);
  });
});
