/**
 * The hatch every chart fills an open reading's span with ("10% or 30%": the values the readings leave
 * undecided), one definition so the escalation chart and the overview's bars read alike. Put it in a `<defs>`.
 */
export function ReadingsHatch({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2="6" stroke="var(--text)" strokeWidth="1.5" strokeOpacity="0.45" />
    </pattern>
  );
}
