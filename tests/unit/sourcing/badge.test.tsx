/**
 * The badge beside each claim: a confirmed claim and an unconfirmed one must look different at a
 * glance, in words and in colour, and say so to assistive technology.
 */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SourcingBadge } from '@/components/SourcingBadge';
import { claimSchema, type ClaimInput } from '@/lib/kb/schema';
import { gradeClaim } from '@/lib/sourcing/grade';
import { sourcingGradeSchema, type SourcingGrade } from '@/lib/sourcing/types';

function gradeOf(extra: Partial<ClaimInput>): SourcingGrade {
  return gradeClaim(
    claimSchema.parse({
      id: 'c',
      statement: 'A claim.',
      actors: ['ant'],
      sources: [{ outlet: 'ft', attribution: 'anonymous' }],
      status: 'reported',
      ...extra,
    }),
  );
}

describe('SourcingBadge', () => {
  // sr08 (confirmed later by Huabei's statement) beside sr01-like reporting never confirmed.
  const confirmed = gradeOf({
    developments: [{ date: '2021-09-22', event: "Huabei's statement", effect: 'confirms' }],
  });
  const unconfirmed = gradeOf({});
  const partly = gradeOf({
    developments: [{ date: '2021-09-22', event: 'Huabei', effect: 'partly-confirms' }],
  });

  it('says confirmed in the badge of a claim later borne out, and moderate in one never', () => {
    render(
      <>
        <SourcingBadge grade={confirmed} />
        <SourcingBadge grade={partly} />
        <SourcingBadge grade={unconfirmed} />
      </>,
    );
    const yes = screen.getByText('Confirmed · D1');
    const part = screen.getByText('Partly confirmed · D2');
    const no = screen.getByText('Moderate · D3');
    expect(yes.getAttribute('aria-label')).toBe(
      'Confirmed claim, D1: Not usually reliable source, confirmed by other sources',
    );
    expect(part.getAttribute('aria-label')).toBe(
      'Partly confirmed claim, D2: Not usually reliable source, probably true',
    );
    expect(no.getAttribute('aria-label')).toBe(
      'Moderate sourcing, D3: Not usually reliable source, possibly true',
    );
    // Colour repeats the difference: no two of the three share their classes.
    expect(new Set([yes.className, part.className, no.className]).size).toBe(3);
  });

  it('has its own label for every level', () => {
    const levels = sourcingGradeSchema.shape.level.options;
    const { container } = render(
      <>
        {levels.map((level) => (
          <SourcingBadge key={level} grade={{ ...unconfirmed, level }} />
        ))}
      </>,
    );
    const texts = [...container.querySelectorAll('[role="img"]')].map((el) => el.textContent);
    expect(new Set(texts).size).toBe(levels.length);
    const classes = [...container.querySelectorAll('[role="img"]')].map((el) => el.className);
    expect(new Set(classes).size).toBe(levels.length);
  });
});
