import { describe, expect, it } from 'vitest';
import { findDynamicCode } from '../../../scripts/build/dynamic-code';

const kinds = (source: string) => findDynamicCode(source).map((found) => found.kind);

describe('findDynamicCode', () => {
  it('finds eval and the Function constructor, called or taken aside', () => {
    expect(kinds('eval("1+1")')).toEqual(['eval']);
    expect(kinds('x=window.eval(code)')).toEqual([]);
    expect(kinds('try{return Function(``),!0}catch{return!1}')).toEqual(['Function constructor']);
    expect(kinds('const f = new Function("a", "return a")')).toEqual(['Function constructor']);
    expect(kinds('compile(){let e=Function,t=this?.content;return new e(...a)}')).toEqual([
      'Function constructor taken',
    ]);
  });

  it('finds string timers and markup built from values', () => {
    expect(kinds('setTimeout("alert(1)", 10)')).toEqual(['string timer']);
    expect(kinds('o?.__html!==n&&(e.innerHTML=n)')).toEqual(['dynamic HTML']);
    expect(kinds('el.innerHTML = `<b>${name}</b>`;')).toEqual(['dynamic HTML']);
    expect(kinds('el.outerHTML+=x')).toEqual(['dynamic HTML']);
    expect(kinds('el.insertAdjacentHTML("beforeend", x)')).toEqual(['insertAdjacentHTML']);
    expect(kinds('document.write(x)')).toEqual(['document.write']);
  });

  it('passes code that only looks alike', () => {
    const harmless = [
      'typeof e==`function`',
      'if(isFunction(x))y()',
      'x instanceof Function?a:b',
      'case`innerHTML`:case`ref`:break',
      'o.innerHTML=`<script><\\/script>`,o=o.removeChild(o.firstChild)',
      'el.innerHTML = "";',
      'if(el.innerHTML===x)y()',
      'setTimeout(run, 10)',
      'const medieval(x)',
    ];
    for (const source of harmless) expect(kinds(source), source).toEqual([]);
  });

  it('says where each finding is', () => {
    const source = 'let a=1;\neval(a)';
    const [found] = findDynamicCode(source);
    expect(found?.at).toBe(source.indexOf('eval'));
    expect(found?.excerpt).toContain('eval(a)');
  });
});
