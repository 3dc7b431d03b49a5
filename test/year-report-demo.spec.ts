import { seedDemoData } from '../src/demo/seed-demo-data.js';
import { bearer, createStaff, registerMember, type Member } from './support/factories.js';
import { asBuffer, readPdf } from './support/pdf-text.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The year report of the demo years, checked against figures this test counts itself with its own
 * SQL on the seeded rows (the year by Brussels date, as docs/year-report.md defines it), not by
 * calling the report's code.
 */
describe('het jaarverslag van de demojaren 2022 en 2023', () => {
  let t: TestApp;
  let finance: Member;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.databaseUrl);
    finance = await createStaff(t, 'finance');
  });
  afterAll(() => t.close());

  const IN_YEAR = `extract(year FROM e.starts_at AT TIME ZONE 'Europe/Brussels') = $1 AND e.status <> 'draft'`;

  async function partners(year: number, kind: 'culture_house' | 'care_centre'): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT e.launch_centre_id AS id FROM events e
         JOIN organisations o ON o.id = e.launch_centre_id AND o.kind = $2
        WHERE ${IN_YEAR} AND e.status = 'streamed'
       UNION
       SELECT s.organisation_id FROM subscriptions s
         JOIN events e ON e.id = s.event_id
         JOIN organisations o ON o.id = s.organisation_id AND o.kind = $2
        WHERE ${IN_YEAR} AND e.status = 'streamed' AND s.status = 'confirmed'`,
      [year, kind],
    );
    return rows.map((row) => row.id);
  }

  /** What the demo data says about one year, counted here. */
  async function expectedFigures(year: number) {
    const [events] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE e.status = 'streamed')::int AS held, count(*) FILTER (WHERE e.status = 'cancelled')::int AS cancelled
         FROM events e WHERE ${IN_YEAR}`,
      [year],
    );
    const [feedback] = await t.dataSource.query(
      `SELECT count(*)::int AS reported, coalesce(sum(f.viewers), 0)::int AS viewers,
              round(avg(f.satisfaction), 1)::float AS average,
              count(*) FILTER (WHERE f.satisfaction = 5)::int AS fives, count(*) FILTER (WHERE f.satisfaction = 1)::int AS ones
         FROM stream_feedback f JOIN events e ON e.id = f.event_id WHERE ${IN_YEAR} AND e.status = 'streamed'`,
      [year],
    );
    const [money] = await t.dataSource.query(
      `SELECT sum(c.final_result_cents)::int AS result, count(*)::int AS closed, count(e.id)::int AS events,
              (SELECT approved_margin_cents FROM budget_years WHERE year = $1) AS margin
         FROM events e LEFT JOIN event_closings c ON c.event_id = e.id WHERE ${IN_YEAR}`,
      [year],
    );
    const [lastYearHouses, lastYearCentres] = [
      await partners(year - 1, 'culture_house'),
      await partners(year - 1, 'care_centre'),
    ];
    const houses = await partners(year, 'culture_house');
    const centres = await partners(year, 'care_centre');
    return {
      events,
      feedback,
      money,
      houses: { total: houses.length, returned: houses.filter((id) => lastYearHouses.includes(id)).length },
      centres: { total: centres.length, returned: centres.filter((id) => lastYearCentres.includes(id)).length },
    };
  }

  const report = async (year: number) => (await t.http.get(`/api/year-report/${year}`).set(bearer(finance)).expect(200)).body;

  it('geeft voor 2022 de 47 cultuurpartners en 127 zorgcentra van het jaarverslag, en elk cijfer zoals de demodata het tellen', async () => {
    for (const year of [2022, 2023]) {
      const expected = await expectedFigures(year);
      const body = await report(year);
      expect(body.streamsHeld.value).toBe(expected.events.held);
      expect(body.streamsCancelled.value).toBe(expected.events.cancelled);
      expect(body.cultureHouses).toMatchObject({ value: expected.houses.total });
      expect(body.careCentres).toMatchObject({ value: expected.centres.total });
      expect(body.viewers.value).toBe(expected.feedback.viewers);
      expect(body.satellitesReported.value).toBe(expected.feedback.reported);
      expect(body.satisfaction.average).toBe(expected.feedback.average);
      expect(body.satisfaction.counts).toMatchObject({ 1: expected.feedback.ones, 5: expected.feedback.fives });
      // Every demo event of these years is closed, so the result is the sum of the final results.
      expect(expected.money.closed).toBe(expected.money.events);
      expect(body.finance).toMatchObject({
        resultCents: expected.money.result,
        approvedMarginCents: expected.money.margin,
        final: true,
      });
      if (year === 2022) {
        expect([body.cultureHouses.value, body.careCentres.value]).toEqual([47, 127]);
        // The demo holds nothing before 2022: no comparison, rather than "hoger dan in 2021".
        expect(body.cultureHouses.comparison).toBeNull();
        expect(body.sentences.join(' ')).not.toContain('2021');
      } else {
        expect(body.cultureHouses).toMatchObject({
          returned: expected.houses.returned,
          new: expected.houses.total - expected.houses.returned,
          comparison: { previous: 47, direction: 'higher' },
        });
        expect(body.careCentres).toMatchObject({
          returned: expected.centres.returned,
          new: expected.centres.total - expected.centres.returned,
          comparison: { previous: 127, direction: 'higher' },
        });
        expect(body.cultureHouses.new).toBeGreaterThan(0);
        expect(body.careCentres.returned).toBeGreaterThan(0);
      }
    }
  });

  it('vertelt 2023 in zinnen, met Bartje en de Beiaard en zijn redenen, en dezelfde cijfers in CSV en pdf', async () => {
    const body = await report(2023);
    const [decision] = await t.dataSource.query(
      `SELECT e.title, d.reasons::text[] AS reasons FROM principle_decisions d JOIN events e ON e.id = d.event_id
        WHERE extract(year FROM e.starts_at AT TIME ZONE 'Europe/Brussels') = 2023`,
    );
    expect(decision.title).toBe('Bartje en de Beiaard');
    expect(body.decisions).toEqual([expect.objectContaining({ eventTitle: decision.title, reasons: decision.reasons })]);
    const text = body.sentences.join(' ');
    expect(text).toContain(`${body.cultureHouses.value} cultuurpartners namen deel, hoger dan in 2022 (47).`);
    expect(text).toContain(`${body.careCentres.value} zorgcentra namen deel, hoger dan in 2022 (127).`);
    expect(text).toContain('om deze redenen: maatschappelijke relevantie en tevredenheid van partners.');

    const csv = await t.http.get('/api/year-report/2023/report.csv').set(bearer(finance)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(`Zorgcentra;${body.careCentres.value};127;hoger dan in 2022`);

    const pdf = await t.http
      .get('/api/year-report/2023/report.pdf')
      .set(bearer(finance))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text: pdfText, pages } = await readPdf(pdf.body as Buffer);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdfText.replace(/\s+/g, ' ')).toContain('zorgcentra namen deel, hoger dan in 2022 (127)');
    expect(pdfText).toContain('Bartje en de Beiaard');
  });

  it('toont de pagina aan financiën met links naar JSON, CSV en pdf, en niet aan een lid', async () => {
    const page = await t.http.get('/jaarverslag?jaar=2023').set('Cookie', `satelliet_sessie=${finance.token}`).expect(200);
    expect(page.text).toContain('namen deel, hoger dan in 2022 (127).');
    for (const file of ['json', 'csv', 'pdf']) expect(page.text).toContain(`href="/jaarverslag/2023/jaarverslag.${file}"`);
    const json = await t.http
      .get('/jaarverslag/2023/jaarverslag.json')
      .set('Cookie', `satelliet_sessie=${finance.token}`)
      .expect(200);
    expect(JSON.parse(json.text)).toMatchObject({ year: 2023, careCentres: { comparison: { previous: 127 } } });
    const member = await registerMember(t, 'care_centre');
    await t.http.get('/api/year-report/2023').set(bearer(member)).expect(403);
  });
});
