// Uses the typescript-fetch client generated from the spec as a wellness app would, against a running service:
// lists, pages, filters, reads a detail and its nullable fields, revalidates it with If-None-Match and HEAD,
// searches, matches conditions, reads 404 and 400 problems as typed errors and reads an enum value it does not know.
// Prints what it saw, one line a step, and fails on the first step that does not hold.
import {
    BodyRegion,
    ClaimView,
    ClaimViewFromJSON,
    ClaimViewToJSON,
    ClaimsApi,
    Configuration,
    ConditionsApi,
    instanceOfEvidenceLevel,
    ModalitiesApi,
    Problem,
    ProblemFromJSON,
    ResponseError,
    SearchApi,
    SearchType,
    SortOrder,
} from './client';

const configuration = new Configuration({ basePath: process.argv[2] });
const conditions = new ConditionsApi(configuration);

function check(holds: boolean, what: string): void {
    if (!holds) {
        throw new Error(`TypeScript client smoke failed: ${what}`);
    }
}

function print(step: string, what: string): void {
    console.log(`ts    ${step.padEnd(8)} ${what}`);
}

/** The error a call ends with, which must be the client's ResponseError. */
async function failure(call: Promise<unknown>): Promise<ResponseError> {
    try {
        await call;
    } catch (e) {
        if (e instanceof ResponseError) {
            return e;
        }
        throw e;
    }
    throw new Error('TypeScript client smoke failed: the call succeeded');
}

async function problemOf(call: Promise<unknown>): Promise<Problem> {
    return ProblemFromJSON(await (await failure(call)).response.json());
}

async function lists(): Promise<void> {
    const first = await conditions.listConditions({ size: 3, sort: SortOrder.NameDescending });
    const ascending = await conditions.listConditions({ size: 100, sort: SortOrder.Name });
    const reversed = ascending.items.map((c) => c.slug).reverse().slice(0, 3);
    check(JSON.stringify(reversed) === JSON.stringify(first.items.map((c) => c.slug)), 'NameDescending is Name reversed');
    print('list', `${first.totalItems} conditions in ${first.totalPages} pages of 3, Z to A: `
        + first.items.map((c) => c.slug).join(', '));

    const second = await conditions.listConditions({ size: 3, page: 2, sort: SortOrder.NameDescending });
    check(second.page === 2 && second.items.every((c) => !first.items.some((f) => f.slug === c.slug)), 'page 2 is new');
    print('page', `page ${second.page}: ${second.items.map((c) => c.slug).join(', ')}`);

    const knee = await conditions.listConditions({ bodyRegion: BodyRegion.Knee });
    check(knee.items.length > 0 && knee.items.every((c) => c.bodyRegion === BodyRegion.Knee), 'knee only');
    print('filter', `bodyRegion=Knee: ${knee.items.map((c) => c.slug).join(', ')}`);
}

async function detailAndRevalidation(): Promise<void> {
    const read = await conditions.getConditionRaw({ slug: 'runners-knee' });
    const detail = await read.value();
    const etag = read.raw.headers.get('ETag') ?? '';
    check(detail.slug === 'runners-knee' && detail.claims.length > 0 && etag !== '', 'runners-knee detail');
    const reviewed: Date | null = detail.lastReviewed;
    print('detail', `${detail.name}: ${detail.symptoms.length} symptoms, ${detail.claims.length} claims, last reviewed `
        + `${reviewed?.toISOString().slice(0, 10)} (Date | null), ETag ${etag}`);

    const notModified = await failure(conditions.getCondition({ slug: 'runners-knee', ifNoneMatch: etag }));
    check(notModified.response.status === 304, `304 for the current ETag, got ${notModified.response.status}`);
    print('304', `If-None-Match ${etag}: ${notModified.response.status} Not Modified, keep the copy`);

    const head = await conditions.headGetConditionRaw({ slug: 'runners-knee' });
    check(head.raw.status === 200 && head.raw.headers.get('ETag') === etag, 'HEAD, same ETag');
    print('head', `headGetCondition: ${head.raw.status}, same ETag, no body`);
}

async function nullableFields(): Promise<void> {
    const claims = (await new ClaimsApi(configuration).listClaims({ size: 100 })).items;
    const general: ClaimView | undefined = claims.find((c) => c.condition === null);
    check(general !== undefined, 'a general claim, with a null condition');
    print('nullable', `claim ${general!.id}: condition null (a general claim), evidence ${general!.evidenceLevel}`);

    const modalities = (await new ModalitiesApi(configuration).listModalities({})).items;
    const timed = modalities.find((m) => m.typicalSessionMinutes !== null);
    const untimed = modalities.filter((m) => m.typicalSessionMinutes === null).length;
    check(timed !== undefined, 'a modality with session minutes');
    print('nullable', `${timed!.slug}: needles in ${timed!.typicalSessionMinutes!.min}-`
        + `${timed!.typicalSessionMinutes!.max} min; ${untimed} modalities give none (null)`);

    const later = ClaimViewFromJSON({
        ...ClaimViewToJSON(general!), evidenceLevel: 'peer-reviewed-trial', addedInALaterVersion: true,
    });
    // The type lists the known values only: a value added later arrives as it is, and instanceOf tells it apart.
    const level: string = later.evidenceLevel;
    check(level === 'peer-reviewed-trial' && !instanceOfEvidenceLevel(level), 'unknown enum value passed through');
    print('enum', `evidenceLevel "${level}" and an unknown field read; instanceOfEvidenceLevel says `
        + `${instanceOfEvidenceLevel(level)}`);
}

async function searchAndMatch(): Promise<void> {
    const hits = (await new SearchApi(configuration).search({ q: 'plantar fascitis', size: 3 })).items;
    check(hits[0].slug === 'plantar-fasciitis' && hits[0].type === SearchType.Condition, 'typo found');
    print('search', `"plantar fascitis": ${hits.map((h) => `${h.slug} (${h.type}, ${h.score})`).join(', ')}`);

    const matches = await conditions.matchConditions({ symptom: ['knee-pain', 'dull-knee-ache'] });
    const best = matches.items[0];
    check(best.condition.slug === 'runners-knee' && best.score === 1 && matches.disclaimer.length > 0,
        'runners-knee matches both symptoms');
    print('match', `knee-pain + dull-knee-ache: ${matches.items.map((m) => `${m.condition.slug} ${m.score}`).join(', ')}`
        + '; disclaimer given');
}

async function problems(): Promise<void> {
    const notFound = await problemOf(conditions.getCondition({ slug: 'runners-elbow' }));
    check(notFound.status === 404 && notFound.type === 'urn:runner-injury:problem:not-found', '404 problem');
    print('404', `${notFound.status} ${notFound.title} (${notFound.type}): ${notFound.detail} at ${notFound.instance}`);

    const invalid = await problemOf(conditions.listConditions({ size: 1000 }));
    const error = invalid.errors?.[0];
    check(invalid.status === 400 && error?.field === 'size', '400 problem naming size');
    print('400', `${invalid.status} ${invalid.title}: ${error?.field} ${error?.message}`);
}

async function main(): Promise<void> {
    await lists();
    await detailAndRevalidation();
    await nullableFields();
    await searchAndMatch();
    await problems();
}

main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
});
