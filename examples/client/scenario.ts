// A partner integration written against the TypeScript client generated from openapi.yaml (typescript-fetch).
// It lists the Qingdao dialogue, has the organiser open an event and issue a key, registers a delegation with an
// Idempotency-Key, reads it back, and checks that a bad request surfaces as a problem+json error.
import {
  Configuration, EventsApi, PartnersApi, RegistrationsApi, ResponseError, EventStatus, DelegateRole, RegistrationStatus,
} from '../../target/client-ts';

const base = (process.env.BASE_URL ?? 'http://localhost:8080') + '/api/v1';
const organiserKey = process.env.ORGANISER_KEY ?? 'dev-organiser-key-change-me';
const QINGDAO = 'e5e50fd6-2156-3577-9625-0db57dca462c';
const DAEGU = '8e41e8c0-21c8-3a9c-a96f-835020107e6d';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error('FAIL: ' + message);
  }
  console.log('ok  ' + message);
}

async function main(): Promise<void> {
  const publicEvents = new EventsApi(new Configuration({ basePath: base }));
  const page = await publicEvents.listEvents({ q: 'Global Mayors Dialogue', limit: 5 });
  const dialogue = page.items.find((e) => e.name === 'Global Mayors Dialogue · Qingdao');
  check(dialogue, 'the Qingdao dialogue is listed');
  check(dialogue.timeZone === 'Asia/Shanghai', 'its time zone is Asia/Shanghai');
  check(page.next === null, 'a single page has next = null');

  const organiser = new Configuration({ basePath: base, accessToken: organiserKey });
  const run = Date.now();
  const DAY_MS = 86_400_000;
  const event = await new EventsApi(organiser).createEvent({
    event: {
      name: `Client scenario forum ${run}`, hostCityId: QINGDAO, status: EventStatus.Open, capacity: 10,
      // dates from the clock (three months ahead), so the scenario never ages into the past
      startsAt: new Date(Date.now() + 90 * DAY_MS), endsAt: new Date(Date.now() + 90 * DAY_MS + 8 * 3600_000),
    },
    idempotencyKey: `client-event-${run}`,
  });
  check(event.status === EventStatus.Open, 'the organiser opened an event');

  const partner = await new PartnersApi(organiser).createPartner({
    partner: { cityId: DAEGU, name: `Daegu integration ${run}` },
  });
  check(partner.apiKey?.startsWith('mdk_'), 'the organiser issued a partner key');

  const registrations = new RegistrationsApi(new Configuration({ basePath: base, accessToken: partner.apiKey }));
  const idempotencyKey = `client-registration-${run}`;
  const request = {
    id: event.id!,
    registration: {
      representative: { fullName: 'Ji-woo Han', title: 'Deputy Mayor' },
      delegates: [{ fullName: 'Seo-yeon Kim', role: DelegateRole.Interpreter, languages: new Set(['ko', 'zh', 'en']) }],
    },
    idempotencyKey,
  };
  const created = await registrations.createRegistration(request);
  check(created.status === RegistrationStatus.Pending, 'the delegation is registered as PENDING');
  const again = await registrations.createRegistration(request);
  check(again.id === created.id, 'a retry with the same Idempotency-Key returns the same registration');

  const read = await registrations.getRegistration({ id: event.id!, registrationId: created.id! });
  check(read.cityId === DAEGU, 'reading it back shows the partner city');
  check(read.delegates?.[0]?.role === DelegateRole.Interpreter, 'with its interpreter');

  try {
    await registrations.createRegistration({ id: event.id!, registration: { notes: 'no head' } });
    check(false, 'a registration without a head is refused');
  } catch (e) {
    check(e instanceof ResponseError && e.response.status === 422, 'a registration without a head is refused with 422');
    const problem = await (e as ResponseError).response.json();
    check(problem.errors?.[0]?.field === 'headMayorId', 'the problem names the field');
  }
  console.log('client scenario passed');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
