import { ganttLayout, roleAbbreviations } from "@/lib/ui/chart-scales";

export interface GanttPhase {
  id: string;
  name: string;
  startMonth: number;
  durationMonths: number;
  edited: boolean;
  staffing: { roleId: string; headcount: number; involvement: "lead" | "support" }[];
}

const WIDTH = 960;
const LABEL_WIDTH = 250;
const ROW_HEIGHT = 36;
const AXIS_HEIGHT = 26;
/** Average glyph width at 13px in system fonts: enough to decide whether a label fits in its bar. */
const CHAR_WIDTH = 7.2;

function staffingLabel(phase: GanttPhase): string {
  return phase.staffing.map((entry) => `${roleAbbreviations[entry.roleId] ?? entry.roleId}${entry.headcount > 1 ? `×${entry.headcount}` : ""}`).join(" · ");
}

/**
 * The plan's timeline as a server-rendered SVG Gantt chart: one bar per phase over the months,
 * labelled with the roles staffing it. No client JS; the title and description carry the text
 * alternative and the table beside it has the same data.
 */
export function GanttChart({ phases, id, roleTitles }: { phases: GanttPhase[]; id: string; roleTitles: Record<string, string> }) {
  const layout = ganttLayout(phases, { width: WIDTH, labelWidth: LABEL_WIDTH, rowHeight: ROW_HEIGHT, axisHeight: AXIS_HEIGHT });
  const description = phases
    .map((phase) => {
      const end = phase.startMonth + phase.durationMonths - 1;
      const staff = phase.staffing.map((entry) => `${roleTitles[entry.roleId] ?? entry.roleId} ${entry.headcount}`).join(", ");
      return `${phase.name}: months ${phase.startMonth} to ${end}, staffed by ${staff}`;
    })
    .join(". ");
  const legend = [...new Set(phases.flatMap((phase) => phase.staffing.map((entry) => entry.roleId)))];
  return (
    <div className="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height + 30}`}
        className="chart-svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{`Timeline over ${layout.months} months`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {Array.from({ length: layout.months + 1 }, (_, index) => (
          <line
            key={`grid-${index}`}
            x1={layout.plotX + index * layout.monthWidth}
            x2={layout.plotX + index * layout.monthWidth}
            y1={AXIS_HEIGHT - 6}
            y2={layout.height}
            className="chart-grid"
          />
        ))}
        {layout.monthLabels.map((month) => (
          <text key={`month-${month}`} x={layout.plotX + (month - 0.5) * layout.monthWidth} y={AXIS_HEIGHT - 10} textAnchor="middle" className="chart-axis">
            {`M${month}`}
          </text>
        ))}
        {layout.rows.map((row) => {
          const label = staffingLabel(row.phase);
          const labelWidth = label.length * CHAR_WIDTH + 12;
          const inside = labelWidth <= row.width;
          const after = row.x + row.width + labelWidth <= layout.width;
          const textX = inside ? row.x + 6 : after ? row.x + row.width + 6 : row.x - 6;
          return (
            <g key={row.phase.id}>
              <text x={8} y={row.y + ROW_HEIGHT / 2 + 4} className="chart-label">
                {truncate(row.phase.name, 36)}
              </text>
              <rect
                x={row.x + 1}
                y={row.y + 6}
                width={Math.max(2, row.width - 2)}
                height={ROW_HEIGHT - 12}
                rx={4}
                className={row.phase.edited ? "gantt-bar edited" : "gantt-bar"}
              />
              <text x={textX} y={row.y + ROW_HEIGHT / 2 + 4} textAnchor={inside || after ? "start" : "end"} className={inside ? "gantt-bar-label" : "chart-label"}>
                {label}
              </text>
            </g>
          );
        })}
        <text x={8} y={layout.height + 20} className="chart-axis">
          {legend.map((roleId) => `${roleAbbreviations[roleId] ?? roleId} = ${roleTitles[roleId] ?? roleId}`).join("   ")}
          {phases.some((phase) => phase.edited) ? "   Dashed outline = timing edited by hand" : ""}
        </text>
      </svg>
    </div>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
