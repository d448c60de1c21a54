// Receivables by age: one bar per currency, as wide as the card, split into the five aging
// buckets and headed by the currency's total; a legend names the colours (--cobro-aging-0…4 in
// styles.ts: "current" blue, the late buckets one amber-to-deep-red sequence). The picture is for
// sighted users; the same numbers follow in a table that screen readers and keyboard users get in
// full (the SVG is one image with a text summary, not a pile of shapes to wade through).
import { useId } from 'react';
import { AGING_BUCKETS, type AgingBucketName } from '../../collection/aging';
import type { AgingByCurrency } from '../../ledger/handlers/overview';
import { formatMoney } from '../../money';
import { useUi } from '../context';

/** Each bucket's colour, one per bucket: --cobro-aging-<index>. */
const BUCKET_COLOUR: Record<AgingBucketName, string> = Object.fromEntries(AGING_BUCKETS.map((bucket, index) => [bucket, `var(--cobro-aging${index})`])) as Record<
  AgingBucketName,
  string
>;
const BAR_HEIGHT = 28;
const LABEL_HEIGHT = 20;
const GAP = 14;
/** Bars are laid out in percent of the card's width, so they fill it at any size. */
const WIDTH = 100;

export interface BarSegment {
  bucket: AgingBucketName;
  x: number;
  width: number;
}

/** Segments of a bar `width` wide, in bucket order, proportional to the amounts; empty buckets take no room. */
export function barSegments(row: AgingByCurrency, width: number): BarSegment[] {
  if (row.total <= 0) return [];
  const segments: BarSegment[] = [];
  let x = 0;
  for (const { bucket, amount } of row.buckets) {
    if (amount <= 0) continue;
    const share = (amount / row.total) * width;
    segments.push({ bucket, x, width: share });
    x += share;
  }
  return segments;
}

export function AgingChart({ rows, moneyLocale }: { rows: AgingByCurrency[]; moneyLocale: string }) {
  const { t } = useUi('AgingChart');
  const id = useId();
  if (rows.length === 0) return <p className="cobro-muted">{t('ws.overview.nothingOwed')}</p>;
  const rowHeight = LABEL_HEIGHT + BAR_HEIGHT + GAP;
  const height = rows.length * rowHeight - GAP;
  const summary = rows
    .map((row) =>
      t('ws.aging.summary', {
        currency: row.currency,
        parts: row.buckets
          .filter((bucket) => bucket.amount > 0)
          .map((bucket) => `${t(`aging.${bucket.bucket}`)}: ${formatMoney({ currency: row.currency, amount: bucket.amount }, moneyLocale)}`)
          .join('; '),
      }),
    )
    .join(' ');
  return (
    <figure className="cobro-aging" data-cobro="aging-chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={height}>
        <title id={`${id}-title`}>{t('ws.aging.title')}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {rows.map((row, index) => {
          const y = index * rowHeight;
          return (
            <g key={row.currency} transform={`translate(0 ${y})`}>
              <text x={0} y={14} className="cobro-aging-label">
                {`${row.currency} · ${formatMoney({ currency: row.currency, amount: row.total }, moneyLocale)}`}
              </text>
              {barSegments(row, WIDTH).map((segment) => (
                <rect
                  key={segment.bucket}
                  x={`${segment.x}%`}
                  y={LABEL_HEIGHT}
                  width={`${Math.max(segment.width, 0.3)}%`}
                  height={BAR_HEIGHT}
                  className="cobro-aging-bar"
                  data-bucket={segment.bucket}
                  style={{ fill: BUCKET_COLOUR[segment.bucket] }}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="cobro-legend" aria-hidden="true">
          {AGING_BUCKETS.map((bucket) => (
            <li key={bucket}>
              <span className="cobro-legend-swatch" style={{ background: BUCKET_COLOUR[bucket] }} />
              {t(`aging.${bucket}`)}
            </li>
          ))}
        </ul>
      </figcaption>
      <div className="cobro-table-wrap" role="group" tabIndex={0} aria-labelledby={`${id}-table`}>
        <table className="cobro-table">
          <caption id={`${id}-table`}>{t('ws.aging.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.currency')}</th>
              {AGING_BUCKETS.map((bucket) => (
                <th key={bucket} scope="col" className="cobro-num">
                  {t(`aging.${bucket}`)}
                </th>
              ))}
              <th scope="col" className="cobro-num">
                {t('ws.aging.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.currency}>
                <th scope="row">{row.currency}</th>
                {row.buckets.map((bucket) => (
                  <td key={bucket.bucket} className="cobro-num">
                    {formatMoney({ currency: row.currency, amount: bucket.amount }, moneyLocale)}
                  </td>
                ))}
                <td className="cobro-num">{formatMoney({ currency: row.currency, amount: row.total }, moneyLocale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
