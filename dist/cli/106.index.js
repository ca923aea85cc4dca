export const id = 106;
export const ids = [106];
export const modules = {

/***/ 725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateGateAction: () => (/* binding */ evaluateGateAction)
});

// EXTERNAL MODULE: ./src/core/action.ts
var action = __webpack_require__(5605);
// EXTERNAL MODULE: ./src/core/actions-cache.ts
var actions_cache = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/core/github-client.ts
var github_client = __webpack_require__(5014);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * Reporting on a pull request: a check run on the PR's head commit (not the merge commit
 * the workflow checked out) and one sticky comment, found again by a hidden marker and
 * updated in place. Missing permissions and fork PRs' read-only tokens are warnings
 * that say what to add: the gate's verdict does not depend on being able to post it.
 */


/** GitHub's limit on a comment body and on a check run's summary. */
const GITHUB_TEXT_LIMIT = 65535;
/** The pull request of a `pull_request`/`pull_request_target` event, if this is one. */
async function pullRequestOf(env) {
    const name = env.GITHUB_EVENT_NAME;
    if (name !== 'pull_request' && name !== 'pull_request_target')
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    const event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
    const pr = event.pull_request;
    if (!pr)
        return undefined;
    return {
        owner: pr.base.repo.owner.login,
        repo: pr.base.repo.name,
        number: pr.number,
        headSha: pr.head.sha,
        fork: name === 'pull_request' && pr.head.repo?.full_name !== pr.base.repo.full_name,
    };
}
/**
 * Creates the named check run on `sha`, or updates the one this workflow already made
 * there (a re-run), so a commit shows one "Model gate" check.
 */
async function publishCheckRun(client, target, check) {
    const { owner, repo, sha } = target;
    const output = { title: check.title, summary: check.summary.slice(0, GITHUB_TEXT_LIMIT) };
    const fields = {
        status: 'completed',
        conclusion: check.conclusion,
        completed_at: new Date().toISOString(),
        output,
        ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
    };
    const { data: existing } = await client.rest.checks.listForRef({
        owner,
        repo,
        ref: sha,
        check_name: check.name,
        filter: 'latest',
    });
    const previous = existing.check_runs.find((run) => run.name === check.name);
    if (previous) {
        await client.rest.checks.update({ owner, repo, check_run_id: previous.id, ...fields });
        return previous.id;
    }
    const { data } = await client.rest.checks.create({
        owner,
        repo,
        name: check.name,
        head_sha: sha,
        ...fields,
    });
    return data.id;
}
/** The hidden line that marks modelgate's comment for one gate on a pull request. */
function stickyMarker(key) {
    return `<!-- modelgate:${key} -->`;
}
/**
 * Updates the comment carrying `marker` on the pull request, or creates it: one
 * comment, however many times the workflow runs. Returns its id and what was done.
 */
async function upsertStickyComment(client, pr, marker, body) {
    const text = `${marker}\n${body}`.slice(0, GITHUB_TEXT_LIMIT);
    const comments = client.paginate.iterator(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    });
    for await (const page of comments)
        for (const comment of page.data)
            if (comment.body?.includes(marker)) {
                await client.rest.issues.updateComment({
                    owner: pr.owner,
                    repo: pr.repo,
                    comment_id: comment.id,
                    body: text,
                });
                return { id: comment.id, action: 'updated' };
            }
    const { data } = await client.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body: text,
    });
    return { id: data.id, action: 'created' };
}
/**
 * Runs a write to GitHub; a permission refusal becomes a warning naming the permission
 * to add (returned), anything else is thrown.
 */
async function withPermission(permission, what, write) {
    try {
        return { value: await write() };
    }
    catch (error) {
        const status = (0,github_client/* statusOf */.c)(error);
        if (status === 403 || status === 404)
            return {
                warning: `could not ${what}: the token was refused (HTTP ${status}); add \`permissions: ${permission}\` to the job`,
            };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __webpack_require__(1363);
// EXTERNAL MODULE: ./src/metrics/catalogue.ts
var catalogue = __webpack_require__(264);
;// CONCATENATED MODULE: ./src/metrics/classification.ts
/** k×k confusion matrix, row = true class, column = predicted class (row-major). */
function confusionMatrix(yTrue, yPred, k, weights) {
    const matrix = new Float64Array(k * k);
    if (weights)
        for (let i = 0; i < yTrue.length; i++)
            matrix[yTrue[i] * k + yPred[i]] += weights[i];
    else
        for (let i = 0; i < yTrue.length; i++)
            matrix[yTrue[i] * k + yPred[i]]++;
    return matrix;
}
/**
 * Every confusion-matrix metric. `positive` is the binary task's positive class
 * (undefined for multiclass, which has no plain precision/recall/f1).
 */
function confusionMetrics(matrix, k, positive, out) {
    const trueCount = new Float64Array(k);
    const predCount = new Float64Array(k);
    let n = 0;
    let correct = 0;
    for (let t = 0; t < k; t++)
        for (let p = 0; p < k; p++) {
            const count = matrix[t * k + p];
            trueCount[t] += count;
            predCount[p] += count;
            n += count;
            if (t === p)
                correct += count;
        }
    if (n === 0)
        return;
    out.set('accuracy', correct / n);
    let present = 0;
    let withTrue = 0;
    let recallSum = 0;
    const sums = { precision: 0, recall: 0, f1: 0 };
    const weighted = { precision: 0, recall: 0, f1: 0 };
    for (let c = 0; c < k; c++) {
        const tp = matrix[c * k + c];
        const precision = predCount[c] > 0 ? tp / predCount[c] : 0;
        const recall = trueCount[c] > 0 ? tp / trueCount[c] : 0;
        const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
        if (c === positive) {
            out.set('precision', precision);
            out.set('recall', recall);
            out.set('f1', f1);
        }
        if (trueCount[c] > 0) {
            withTrue++;
            recallSum += recall;
        }
        if (trueCount[c] + predCount[c] === 0)
            continue;
        present++;
        sums.precision += precision;
        sums.recall += recall;
        sums.f1 += f1;
        weighted.precision += precision * trueCount[c];
        weighted.recall += recall * trueCount[c];
        weighted.f1 += f1 * trueCount[c];
    }
    for (const name of ['precision', 'recall', 'f1']) {
        out.set(`${name}_macro`, sums[name] / present);
        // Single-label: micro precision = micro recall = micro F1 = accuracy.
        out.set(`${name}_micro`, correct / n);
        out.set(`${name}_weighted`, weighted[name] / n);
    }
    out.set('balanced_accuracy', recallSum / withTrue);
    let truePred = 0;
    let predPred = 0;
    let trueTrue = 0;
    for (let c = 0; c < k; c++) {
        truePred += trueCount[c] * predCount[c];
        predPred += predCount[c] * predCount[c];
        trueTrue += trueCount[c] * trueCount[c];
    }
    const covariance = correct * n - truePred;
    const spread = (n * n - predPred) * (n * n - trueTrue);
    out.set('mcc', spread === 0 ? 0 : covariance / Math.sqrt(spread));
    const expectedDisagreement = n - truePred / n;
    if (expectedDisagreement === 0)
        out.undefined('cohen_kappa', 'both raters use a single class, so agreement by chance is 1');
    else
        out.set('cohen_kappa', 1 - (n - correct) / expectedDisagreement);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/metrics/columns.ts
/**
 * Growable typed columns for reading predictions row by row without holding the rows:
 * numbers go straight into a Float64Array, category values into an Int32Array of codes
 * over a dictionary of the distinct values seen.
 */
/** A copy of `array` with twice the room. */
function doubled(array) {
    const bigger = new array.constructor(array.length * 2);
    bigger.set(array);
    return bigger;
}
/** A Float64Array that grows by doubling; `values()` is a view of the filled part. */
class NumberColumn {
    data = new Float64Array(1024);
    length = 0;
    /** Makes room for `capacity` values at once (a known or estimated count). */
    reserve(capacity) {
        if (capacity <= this.data.length)
            return;
        const bigger = new Float64Array(capacity);
        bigger.set(this.values());
        this.data = bigger;
    }
    push(value) {
        if (this.length === this.data.length)
            this.data = doubled(this.data);
        this.data[this.length++] = value;
    }
    values() {
        return this.data.subarray(0, this.length);
    }
}
/** Codes (Int32) over a dictionary of distinct strings, in order of first appearance. */
class CategoryColumn {
    codes = new Int32Array(1024);
    index = new Map();
    dictionary = [];
    length = 0;
    push(value) {
        let code = this.index.get(value);
        if (code === undefined) {
            code = this.dictionary.length;
            this.index.set(value, code);
            this.dictionary.push(value);
        }
        if (this.length === this.codes.length)
            this.codes = doubled(this.codes);
        this.codes[this.length++] = code;
    }
    values() {
        return this.codes.subarray(0, this.length);
    }
}
/**
 * A label or prediction column: the numeric value of each row (NaN when not a number)
 * and, while there are at most `maxClasses` distinct values, their category codes.
 * A regression target has too many distinct values to keep a dictionary of.
 */
class ValueColumn {
    maxClasses;
    numbers = new NumberColumn();
    categories = new CategoryColumn();
    constructor(maxClasses = 1000) {
        this.maxClasses = maxClasses;
    }
    push(raw) {
        const key = canonicalValue(raw);
        const number = key === '' ? NaN : Number(key);
        this.numbers.push(number);
        if (this.categories) {
            this.categories.push(key);
            if (this.categories.dictionary.length > this.maxClasses)
                this.categories = undefined;
        }
    }
    get length() {
        return this.numbers.length;
    }
    /** The category codes and their dictionary, or undefined past `maxClasses` values. */
    categoriesOf() {
        return (this.categories && {
            codes: this.categories.values(),
            dictionary: this.categories.dictionary,
        });
    }
}
/**
 * One spelling per value, so that `1`, `1.0` and `True` are the same class (as pandas
 * and NumPy see them) while `cat` stays `cat`.
 */
function canonicalValue(raw) {
    const value = raw.trim();
    if (value === '')
        return '';
    if (/^(true|True|TRUE)$/.test(value))
        return '1';
    if (/^(false|False|FALSE)$/.test(value))
        return '0';
    const number = Number(value);
    return Number.isFinite(number) ? String(number) : value;
}

;// CONCATENATED MODULE: ./src/metrics/dataset.ts
/**
 * Turns a predictions table into the typed arrays metrics are computed on: class codes
 * (sorted the way NumPy sorts labels) and scores for classification, numbers for
 * regression. `task: auto` is inferred here, with the reason said in words.
 */


/** Past this many distinct integer labels, `auto` takes the target for a regression one. */
const MAX_AUTO_CLASSES = 50;
/** The task of a table: the one asked for, or inferred from its columns (with why). */
function inferTask(table) {
    const labels = table.label.categoriesOf();
    const numeric = (values) => values.every((v) => Number.isFinite(v));
    const integral = (values) => values.every((v) => Number.isInteger(v));
    const labelNumbers = table.label.numbers.values();
    const predictionNumbers = table.prediction?.numbers.values();
    if (table.classScores.length > 2)
        return { task: 'multiclass', reason: `${table.classScores.length} per-class score columns` };
    if (!labels)
        return { task: 'regression', reason: 'the label column has more than 1000 distinct values' };
    if (numeric(labelNumbers) && !integral(labelNumbers))
        return { task: 'regression', reason: 'the label column has non-integer numbers' };
    if (predictionNumbers && numeric(predictionNumbers) && !integral(predictionNumbers))
        return { task: 'regression', reason: 'the prediction column has non-integer numbers' };
    const classes = classNames(table);
    if (classes.length <= 2)
        return { task: 'binary', reason: `${classes.length} classes (${classes.join(', ')})` };
    if (numeric(labelNumbers) && classes.length > MAX_AUTO_CLASSES)
        return { task: 'regression', reason: `${classes.length} distinct integer labels` };
    return { task: 'multiclass', reason: `${classes.length} classes` };
}
/** Builds the dataset of `task` from a table; `input` names the input for errors. */
function buildDataset(table, task, input, positiveLabel = '') {
    if (task === 'regression') {
        const yTrue = table.label.numbers.values();
        const yPred = table.prediction?.numbers.values();
        if (!yPred)
            throw new errors/* ConfigurationError */.j(input, `${table.path}: regression needs a prediction column`);
        if (!yTrue.every(Number.isFinite) || !yPred.every(Number.isFinite))
            throw new errors/* ConfigurationError */.j(input, `${table.path}: regression needs numeric labels and predictions`);
        return { task, yTrue, yPred };
    }
    const classes = classNames(table);
    if (classes.length === 0)
        throw new errors/* ConfigurationError */.j(input, `${table.path}: the label column has too many distinct values for classification`);
    if (task === 'binary') {
        if (classes.length > 2)
            throw new errors/* ConfigurationError */.j(input, `${table.path}: task is binary but there are ${classes.length} classes (${classes.slice(0, 5).join(', ')}…)`);
        // One class in the data: the other side of 0/1 is still the positive/negative class.
        if (classes.length === 1 && (classes[0] === '0' || classes[0] === '1'))
            classes.splice(0, 1, '0', '1');
    }
    checkLabelsMeetPredictions(table, input);
    checkScoreRange(table, input);
    const index = new Map(classes.map((name, i) => [name, i]));
    const recode = (column) => {
        const map = column.dictionary.map((value) => index.get(value) ?? -1);
        return column.codes.map((code) => map[code]);
    };
    const yTrue = recode(table.label.categoriesOf());
    const positive = positiveIndex(classes, task, positiveLabel);
    const classScores = new Map();
    for (const column of table.classScores) {
        const i = index.get(canonicalValue(column.className));
        if (i !== undefined)
            classScores.set(i, column.values);
    }
    const score = table.score ?? (task === 'binary' ? classScores.get(positive) : undefined);
    let yPred;
    if (table.prediction) {
        const categories = table.prediction.categoriesOf();
        if (!categories)
            throw new errors/* ConfigurationError */.j(input, `${table.path}: the prediction column has too many distinct values`);
        yPred = recode(categories);
    }
    else if (task === 'binary' && score) {
        yPred = Int32Array.from(score, (s) => (s >= 0.5 ? positive : 1 - positive));
    }
    else if (classScores.size === classes.length) {
        yPred = argmax(table.rows, classes.length, classScores);
    }
    else {
        throw new errors/* ConfigurationError */.j(input, `${table.path}: without a prediction column, every class needs a score column`);
    }
    if (task === 'binary')
        return { task, classes, yTrue, yPred, positive, score };
    return { task, classes, yTrue, yPred, positive, classScores };
}
/** The binary task's positive class: `positive-label`, else the greater label (as scikit-learn). */
function positiveIndex(classes, task, positiveLabel) {
    if (!positiveLabel)
        return classes.length - 1;
    const wanted = canonicalValue(positiveLabel);
    const found = classes.indexOf(wanted);
    if (task !== 'binary')
        throw new errors/* ConfigurationError */.j('positive-label', `applies to binary tasks, not ${task}`, positiveLabel);
    if (found < 0)
        throw new errors/* ConfigurationError */.j('positive-label', `is not one of the labels (${classes.join(', ')})`, positiveLabel);
    return found;
}
/**
 * Labels and predictions that share no value are two vocabularies (`cat`/`dog` against
 * `0`/`1`, or the wrong column), not a model that is always wrong: a configuration
 * error, not a failing gate. 0/1 on both sides is exempt (a one-class set can be that).
 */
function checkLabelsMeetPredictions(table, input) {
    const labels = table.label.categoriesOf()?.dictionary ?? [];
    const predictions = table.prediction?.categoriesOf()?.dictionary;
    if (!predictions || predictions.length === 0 || labels.length === 0)
        return;
    const shared = predictions.some((p) => labels.includes(p));
    const binaryCodes = [...labels, ...predictions].every((v) => v === '0' || v === '1');
    if (shared || binaryCodes)
        return;
    const list = (values) => values.slice(0, 4).join(', ') + (values.length > 4 ? ', …' : '');
    throw new errors/* ConfigurationError */.j(input, `${table.path}: labels (${list(labels)}) and predictions (${list(predictions)}) have no value in common; check label-column and prediction-column`);
}
/** Scores are probabilities: a value outside [0, 1] is a logit or a column mix-up. */
function checkScoreRange(table, input) {
    const columns = [
        ...(table.score ? [{ name: 'score', values: table.score }] : []),
        ...table.classScores.map((c) => ({ name: c.className, values: c.values })),
    ];
    for (const { name, values } of columns)
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v < 0 || v > 1)
                throw new errors/* ConfigurationError */.j(input, `${table.path}: score ${name} of row ${i + 1} is ${v}, outside [0, 1]: scores must be probabilities (apply a sigmoid or softmax to logits)`);
        }
}
/** Sorted union of label and prediction values, as NumPy's unique would order them. */
function classNames(table) {
    const labels = table.label.categoriesOf();
    if (!labels)
        return [];
    const names = new Set(labels.dictionary);
    for (const name of table.prediction?.categoriesOf()?.dictionary ?? [])
        names.add(name);
    const all = [...names];
    if (all.every((name) => Number.isFinite(Number(name))))
        return all.sort((a, b) => Number(a) - Number(b));
    return all.sort();
}
function argmax(rows, k, scores) {
    const out = new Int32Array(rows);
    for (let r = 0; r < rows; r++) {
        let best = 0;
        for (let c = 1; c < k; c++)
            if (scores.get(c)[r] > scores.get(best)[r])
                best = c;
        out[r] = best;
    }
    return out;
}
/** The rows of a dataset at `indices`, as a dataset of the same task. */
function selectRows(data, indices) {
    const pick = (values) => {
        const out = new values.constructor(indices.length);
        for (let i = 0; i < indices.length; i++)
            out[i] = values[indices[i]];
        return out;
    };
    if (data.task === 'regression')
        return { task: data.task, yTrue: pick(data.yTrue), yPred: pick(data.yPred) };
    return {
        ...data,
        yTrue: pick(data.yTrue),
        yPred: pick(data.yPred),
        score: data.score && pick(data.score),
        classScores: data.classScores && new Map([...data.classScores].map(([c, values]) => [c, pick(values)])),
    };
}

;// CONCATENATED MODULE: ./src/metrics/metric-values.ts
/**
 * A set of metric values, plus the metrics that have no value and why (a single class
 * present, no score column): a clear reason rather than NaN in a table.
 */
class MetricValues {
    values = {};
    notes = {};
    set(name, value) {
        if (Number.isFinite(value)) {
            this.values[name] = value;
            delete this.notes[name];
        }
        else
            this.undefined(name, 'is not a finite number');
    }
    undefined(name, reason) {
        delete this.values[name];
        this.notes[name] = reason;
    }
    get(name) {
        return this.values[name];
    }
}

;// CONCATENATED MODULE: ./src/metrics/regression.ts
const EPSILON = 2 ** -52;
/** Absolute errors and their ascending order. */
function orderErrors(data) {
    const errors = data.yTrue.map((y, i) => Math.abs(y - data.yPred[i]));
    const order = Uint32Array.from({ length: errors.length }, (_, i) => i).sort((a, b) => errors[a] - errors[b]);
    return { order, errors };
}
/** Every regression metric into `out`. */
function regressionMetrics(data, errorOrder, out, weights) {
    const { yTrue, yPred } = data;
    let total = 0;
    let meanTrue = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        total += w;
        meanTrue += w * yTrue[i];
    }
    if (total === 0)
        return;
    meanTrue /= total;
    let absolute = 0;
    let squared = 0;
    let spread = 0;
    let relative = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const error = yTrue[i] - yPred[i];
        absolute += w * Math.abs(error);
        squared += w * error * error;
        spread += w * (yTrue[i] - meanTrue) ** 2;
        relative += (w * Math.abs(error)) / Math.max(Math.abs(yTrue[i]), EPSILON);
    }
    out.set('mae', absolute / total);
    out.set('mse', squared / total);
    out.set('rmse', Math.sqrt(squared / total));
    out.set('r2', spread === 0 ? (squared === 0 ? 1 : 0) : 1 - squared / spread);
    out.set('mape', relative / total);
    out.set('median_ae', weightedMedian(errorOrder(), total, weights));
}
/** The median of the multiset where row i occurs weights[i] times. */
function weightedMedian({ order, errors }, total, weights) {
    const lower = Math.floor((total - 1) / 2);
    const upper = Math.floor(total / 2);
    let seen = 0;
    let low;
    for (const i of order) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        seen += w;
        if (low === undefined && seen > lower)
            low = errors[i];
        if (seen > upper)
            return (low + errors[i]) / 2;
    }
    return low ?? NaN;
}

;// CONCATENATED MODULE: ./src/stats/argsort.ts
/**
 * The order of a Float64Array's values (ascending, stable), by an LSD radix sort of their
 * IEEE-754 bits made sortable as unsigned integers: 4 passes of 16 bits, O(n), no
 * comparator calls (a comparator sort of a million indices takes seconds). -0 sorts as 0.
 */
function argsortFloat64(values) {
    const n = values.length;
    const bits = new Uint32Array(new Float64Array(values.length).buffer);
    const view = new Float64Array(bits.buffer);
    for (let i = 0; i < n; i++)
        view[i] = values[i] + 0; // -0 becomes +0
    // Little-endian: bits[2i] is the low word, bits[2i+1] the high word (with the sign).
    const keys = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
        const hi = bits[2 * i + 1];
        const lo = bits[2 * i];
        const negative = hi >>> 31 === 1;
        keys[2 * i + 1] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
        keys[2 * i] = negative ? ~lo >>> 0 : lo;
    }
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    let next = new Uint32Array(n);
    const counts = new Uint32Array(65537);
    for (let pass = 0; pass < 4; pass++) {
        const word = pass < 2 ? 0 : 1;
        const shift = (pass % 2) * 16;
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[((keys[2 * i + word] >>> shift) & 0xffff) + 1]++;
        for (let d = 0; d < 65536; d++)
            counts[d + 1] += counts[d];
        for (let i = 0; i < n; i++) {
            const item = order[i];
            next[counts[(keys[2 * item + word] >>> shift) & 0xffff]++] = item;
        }
        [order, next] = [next, order];
    }
    return order;
}
/**
 * Sorts a Float64Array ascending in place by the same LSD radix sort of its bits (a typed
 * array's own sort takes ~10× longer on a million values); passes whose 16 bits are the
 * same in every value are skipped. NaN must not occur.
 */
function sortFloat64(values, 
/** Four arrays of at least values.length to work in (reused across calls), or none. */
scratch) {
    const n = values.length;
    if (n < 256)
        return values.sort();
    const bits = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
    const room = (i) => (scratch ? scratch[i].subarray(0, n) : new Uint32Array(n));
    let hi = room(0);
    let lo = room(1);
    for (let i = 0; i < n; i++) {
        const h = bits[2 * i + 1];
        const negative = h >>> 31 === 1;
        hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
        lo[i] = negative ? ~bits[2 * i] >>> 0 : bits[2 * i];
    }
    let nextHi = room(2);
    let nextLo = room(3);
    const counts = new Uint32Array(65537);
    for (let pass = 0; pass < 4; pass++) {
        const source = pass < 2 ? lo : hi;
        const shift = (pass % 2) * 16;
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[((source[i] >>> shift) & 0xffff) + 1]++;
        // Every value has the same digit here: nothing to move.
        if (counts[((source[0] >>> shift) & 0xffff) + 1] === n)
            continue;
        for (let d = 0; d < 65536; d++)
            counts[d + 1] += counts[d];
        for (let i = 0; i < n; i++) {
            const at = counts[(source[i] >>> shift) & 0xffff]++;
            nextHi[at] = hi[i];
            nextLo[at] = lo[i];
        }
        [hi, nextHi] = [nextHi, hi];
        [lo, nextLo] = [nextLo, lo];
    }
    for (let i = 0; i < n; i++) {
        const negative = hi[i] >>> 31 === 0;
        bits[2 * i + 1] = negative ? ~hi[i] >>> 0 : hi[i] & 0x7fffffff;
        bits[2 * i] = negative ? ~lo[i] >>> 0 : lo[i];
    }
    return values;
}

;// CONCATENATED MODULE: ./src/metrics/scores.ts
/**
 * Score-based metrics as scikit-learn 1.2 defines them: ROC AUC (ties count one half,
 * as the trapezoid over roc_curve gives), average precision (the step sum over
 * precision_recall_curve's distinct thresholds), log loss (clipped to float64 epsilon,
 * rows renormalised) and the Brier score. All take per-row weights for the bootstrap.
 *
 * Scores are ranked once into tie groups; each evaluation is then one pass over the
 * rows and one over the groups, with no sort, which is what makes 1,000 resamples of
 * a million rows affordable.
 */

/** Ranks scores into tie groups (equal scores share a group). */
function rankScores(score) {
    // One radix argsort, then consecutive equal values share a group.
    const order = argsortFloat64(score);
    const group = new Int32Array(score.length);
    let groups = 0;
    for (let i = 0; i < order.length; i++) {
        if (i > 0 && score[order[i]] !== score[order[i - 1]])
            groups++;
        group[order[i]] = groups;
    }
    if (order.length > 0)
        groups++;
    return {
        group,
        groups,
        positives: new Float64Array(groups),
        negatives: new Float64Array(groups),
    };
}
/** Weighted positive/negative totals per tie group; returns [P, N]. */
function countGroups(ranks, yTrue, positive, weights) {
    const { group, positives, negatives } = ranks;
    positives.fill(0);
    negatives.fill(0);
    let p = 0;
    let n = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        if (yTrue[i] === positive) {
            positives[group[i]] += w;
            p += w;
        }
        else {
            negatives[group[i]] += w;
            n += w;
        }
    }
    return [p, n];
}
/** ROC AUC of `positive` vs the rest; undefined when only one class is present. */
function rocAuc(ranks, yTrue, positive, weights) {
    const [p, n] = countGroups(ranks, yTrue, positive, weights);
    if (p === 0 || n === 0)
        return undefined;
    const { positives, negatives, groups } = ranks;
    let area = 0;
    let negativesBelow = 0;
    for (let g = 0; g < groups; g++) {
        area += positives[g] * (negativesBelow + negatives[g] / 2);
        negativesBelow += negatives[g];
    }
    return area / (p * n);
}
/** Average precision of `positive`; undefined when it never occurs. */
function averagePrecision(ranks, yTrue, positive, weights) {
    const [p] = countGroups(ranks, yTrue, positive, weights);
    if (p === 0)
        return undefined;
    const { positives, negatives } = ranks;
    let sum = 0;
    let tp = 0;
    let fp = 0;
    for (let g = ranks.groups - 1; g >= 0; g--) {
        tp += positives[g];
        fp += negatives[g];
        if (positives[g] > 0)
            sum += (positives[g] / p) * (tp / (tp + fp));
    }
    return sum;
}
const scores_EPSILON = 2 ** -52;
const clip = (value) => Math.min(Math.max(value, scores_EPSILON), 1 - scores_EPSILON);
/** Binary log loss of the positive class's probability. */
function binaryLogLoss(yTrue, positive, score, weights) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const p = clip(score[i]);
        const q = 1 - p;
        const norm = q + p;
        sum += w * -Math.log((yTrue[i] === positive ? p : q) / norm);
        total += w;
    }
    return sum / total;
}
/**
 * Multiclass log loss over the classes with score columns (scikit-learn's log_loss with
 * `labels` = those classes); undefined when a row's true class has no score column.
 */
function multiclassLogLoss(yTrue, classScores, weights) {
    const columns = [...classScores.entries()];
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        let norm = 0;
        let own;
        for (const [c, values] of columns) {
            const p = clip(values[i]);
            norm += p;
            if (c === yTrue[i])
                own = p;
        }
        if (own === undefined)
            return undefined;
        sum += w * -Math.log(own / norm);
        total += w;
    }
    return sum / total;
}
/**
 * Brier score: binary, the mean squared difference between the positive class's
 * probability and the outcome; multiclass, summed over the score columns (the
 * original definition, which scikit-learn 1.7 adopted).
 */
function brierScore(yTrue, scores, weights) {
    const columns = [...scores.entries()];
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        let squared = 0;
        for (const [c, values] of columns) {
            const d = values[i] - (c === yTrue[i] ? 1 : 0);
            squared += d * d;
        }
        sum += w * squared;
        total += w;
    }
    return sum / total;
}

;// CONCATENATED MODULE: ./src/metrics/evaluator.ts
/**
 * Computes the metrics of one dataset, all at once or only those a gate needs, with or
 * without per-row weights. Score ranks and error orders are computed once and reused,
 * so a bootstrap can call it a thousand times.
 */





const CONFUSION = new Set([
    'accuracy',
    'balanced_accuracy',
    'mcc',
    'cohen_kappa',
    ...['precision', 'recall', 'f1'].flatMap((m) => [m, `${m}_macro`, `${m}_micro`, `${m}_weighted`]),
]);
class MetricEvaluator {
    data;
    ranks = new Map();
    errors;
    constructor(data) {
        this.data = data;
    }
    /** Every metric defined for the dataset's task (or only `names`). */
    compute(names, weights) {
        const wanted = new Set(names ?? (0,catalogue/* metricsFor */.fZ)(this.data.task));
        const out = new MetricValues();
        const data = this.data;
        if (wanted.has('n'))
            out.set('n', weights ? sum(weights) : data.yTrue.length);
        if (data.task === 'regression') {
            regressionMetrics(data, () => (this.errors ??= orderErrors(data)), out, weights);
        }
        else {
            if ([...wanted].some((name) => CONFUSION.has(name))) {
                const k = data.classes.length;
                const matrix = confusionMatrix(data.yTrue, data.yPred, k, weights);
                confusionMetrics(matrix, k, data.task === 'binary' ? data.positive : undefined, out);
            }
            this.scoreMetrics(data, wanted, out, weights);
        }
        for (const name of Object.keys(out.values))
            if (!wanted.has(name))
                delete out.values[name];
        for (const name of Object.keys(out.notes))
            if (!wanted.has(name))
                delete out.notes[name];
        return out;
    }
    rankOf(c, score) {
        let ranks = this.ranks.get(c);
        if (!ranks)
            this.ranks.set(c, (ranks = rankScores(score)));
        return ranks;
    }
    scoreMetrics(data, wanted, out, weights) {
        const scoreNames = ['roc_auc', 'roc_auc_ovr', 'average_precision', 'log_loss', 'brier'];
        const needed = scoreNames.filter((name) => wanted.has(name));
        if (needed.length === 0)
            return;
        const { yTrue, positive } = data;
        if (data.task === 'binary') {
            if (!data.score) {
                for (const name of needed)
                    out.undefined(name, 'needs a score column');
                return;
            }
            const ranks = () => this.rankOf(positive, data.score);
            const single = 'only one class is present in the labels';
            if (wanted.has('roc_auc'))
                setOr(out, 'roc_auc', rocAuc(ranks(), yTrue, positive, weights), single);
            if (wanted.has('average_precision'))
                setOr(out, 'average_precision', averagePrecision(ranks(), yTrue, positive, weights), single);
            if (wanted.has('log_loss')) {
                if (presentClasses(data, weights).length < 2)
                    out.undefined('log_loss', single);
                else
                    out.set('log_loss', binaryLogLoss(yTrue, positive, data.score, weights));
            }
            if (wanted.has('brier'))
                out.set('brier', brierScore(yTrue, new Map([[positive, data.score]]), weights));
            return;
        }
        const scores = data.classScores ?? new Map();
        const present = presentClasses(data, weights);
        const missing = present.filter((c) => !scores.has(c)).map((c) => data.classes[c]);
        if (missing.length > 0) {
            const reason = `needs a score column for every class (none for ${missing.slice(0, 3).join(', ')})`;
            for (const name of needed)
                out.undefined(name, reason);
            return;
        }
        if (present.length < 2) {
            for (const name of needed)
                out.undefined(name, 'only one class is present in the labels');
            return;
        }
        const perClass = (metric) => {
            let total = 0;
            for (const c of present)
                total += metric(this.rankOf(c, scores.get(c)), yTrue, c, weights);
            return total / present.length;
        };
        if (wanted.has('roc_auc_ovr'))
            out.set('roc_auc_ovr', perClass(rocAuc));
        if (wanted.has('average_precision'))
            out.set('average_precision', perClass(averagePrecision));
        if (wanted.has('log_loss'))
            setOr(out, 'log_loss', multiclassLogLoss(yTrue, scores, weights), 'no score');
        if (wanted.has('brier'))
            out.set('brier', brierScore(yTrue, scores, weights));
    }
}
function setOr(out, name, value, reason) {
    if (value === undefined)
        out.undefined(name, reason);
    else
        out.set(name, value);
}
/** Classes that occur in y_true (with non-zero weight). */
function presentClasses(data, weights) {
    const seen = new Uint8Array(data.classes.length);
    for (let i = 0; i < data.yTrue.length; i++)
        if (!weights || weights[i] > 0)
            seen[data.yTrue[i]] = 1;
    return [...seen.keys()].filter((c) => seen[c]);
}
function sum(values) {
    let total = 0;
    for (let i = 0; i < values.length; i++)
        total += values[i];
    return total;
}

;// CONCATENATED MODULE: ./src/stats/binomial.ts
/**
 * Exact binomial and multinomial draws from a seeded uniform source, so that a bootstrap
 * of a confusion table costs a few draws per resample whatever the number of rows:
 * inversion for small means, Hörmann's BTRS (W. Hörmann, "The generation of binomial
 * random variates", J. Statist. Comput. Simul. 46, 1993) otherwise.
 */
/** A uniform in (0, 1) from a 32-bit generator (53 bits from two draws). */
function uniform(random) {
    const high = random() >>> 5;
    const low = random() >>> 6;
    return (high * 67108864 + low + 0.5) / 9007199254740992;
}
/** log(k!) by Stirling's series with exact values below 10 (error < 1e-15). */
function logFactorial(k) {
    if (k < 10)
        return LOG_FACTORIALS[k];
    const x = k + 1;
    const inv = 1 / x;
    const inv2 = inv * inv;
    return ((x - 0.5) * Math.log(x) -
        x +
        0.5 * Math.log(2 * Math.PI) +
        inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680))));
}
const LOG_FACTORIALS = Array.from({ length: 10 }, (_, k) => {
    let f = 0;
    for (let i = 2; i <= k; i++)
        f += Math.log(i);
    return f;
});
/** One Binomial(n, p) draw. */
function binomial(n, p, random) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (p > 0.5)
        return n - binomial(n, 1 - p, random);
    if (n * p < 10) {
        // Inversion: walk the probabilities from 0.
        const q = 1 - p;
        const s = p / q;
        let probability = Math.exp(n * Math.log(q));
        let u = uniform(random);
        for (let k = 0; k <= n; k++) {
            if (u < probability)
                return k;
            u -= probability;
            probability *= (s * (n - k)) / (k + 1);
        }
        return n;
    }
    const q = 1 - p;
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const lpq = Math.log(p / q);
    const m = Math.floor((n + 1) * p);
    const h = logFactorial(m) + logFactorial(n - m);
    for (;;) {
        const u = uniform(random) - 0.5;
        let v = uniform(random);
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq)
            return k;
    }
}
/** One Multinomial(n, counts / total) draw into `out`, by conditional binomials. */
function multinomial(n, counts, total, out, random) {
    let left = n;
    let mass = total;
    for (let i = 0; i < counts.length; i++) {
        if (left === 0 || mass <= 0) {
            out[i] = 0;
            continue;
        }
        const drawn = i === counts.length - 1 ? left : binomial(left, Math.min(1, counts[i] / mass), random);
        out[i] = drawn;
        left -= drawn;
        mass -= counts[i];
    }
}

;// CONCATENATED MODULE: ./src/stats/delong.ts
/**
 * DeLong's test for two correlated ROC AUCs on the same examples (E. R. DeLong, D. M.
 * DeLong, D. L. Clarke-Pearson, "Comparing the areas under two or more correlated receiver
 * operating characteristic curves: a nonparametric approach", Biometrics 44:837–845, 1988),
 * computed with midranks as X. Sun and W. Xu's fast algorithm does (IEEE Signal Processing
 * Letters 21(11), 2014): O(n log n), ties counted as halves like scikit-learn's roc_auc.
 * Checked against a numpy transcription in test/stats.
 */

/** Midranks (1-based, ties averaged) of `values`, in one radix sort. */
function midranks(values) {
    const order = argsortFloat64(values);
    const ranks = new Float64Array(values.length);
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && values[order[j + 1]] === values[order[i]])
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}
/** The structural components of one model: V10 per positive, V01 per negative. */
function components(positive, negative) {
    const m = positive.length;
    const n = negative.length;
    const all = new Float64Array(m + n);
    all.set(positive);
    all.set(negative, m);
    const rankAll = midranks(all);
    const rankPos = midranks(positive);
    const rankNeg = midranks(negative);
    const v10 = new Float64Array(m);
    const v01 = new Float64Array(n);
    for (let i = 0; i < m; i++)
        v10[i] = (rankAll[i] - rankPos[i]) / n;
    for (let j = 0; j < n; j++)
        v01[j] = 1 - (rankAll[m + j] - rankNeg[j]) / m;
    return { v10, v01 };
}
function covariance(x, y) {
    const n = x.length;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += (x[i] - mx) * (y[i] - my);
    return sum / (n - 1);
}
const mean = (x) => x.reduce((s, v) => s + v, 0) / x.length;
/** DeLong's statistics for scores A and B of the same rows; `isPositive` marks the positive rows. */
function delong(isPositive, scoresA, scoresB) {
    const positives = [];
    const negatives = [];
    for (let i = 0; i < scoresA.length; i++)
        (isPositive(i) ? positives : negatives).push(i);
    const m = positives.length;
    const n = negatives.length;
    if (m < 2 || n < 2)
        return undefined;
    const pick = (scores, rows) => Float64Array.from(rows, (i) => scores[i]);
    const a = components(pick(scoresA, positives), pick(scoresA, negatives));
    const b = components(pick(scoresB, positives), pick(scoresB, negatives));
    const s10 = covariance(a.v10, a.v10) + covariance(b.v10, b.v10) - 2 * covariance(a.v10, b.v10);
    const s01 = covariance(a.v01, a.v01) + covariance(b.v01, b.v01) - 2 * covariance(a.v01, b.v01);
    return {
        aucA: mean(a.v10),
        aucB: mean(b.v10),
        variance: s10 / m + s01 / n,
        positives: m,
        negatives: n,
    };
}

// EXTERNAL MODULE: ./src/stats/normal.ts
var normal = __webpack_require__(2160);
;// CONCATENATED MODULE: ./src/stats/tango.ts
/**
 * Tango's score test for the difference of two paired proportions (T. Tango, "Equivalence
 * test and confidence interval for the difference in proportions for the paired-sample
 * design", Statistics in Medicine 17:891–908, 1998): here, candidate − baseline accuracy
 * (or a rate restricted to the rows it counts) over rows both models predicted. Unlike a
 * bootstrap it needs no disagreement to bound the difference: identical predictions on
 * enough rows show non-inferiority. Checked against a numpy transcription of the paper's
 * formulas in test/stats.
 */

/** The score statistic for H0: p_candidate − p_baseline = delta. */
function tangoZ({ n, b, c }, delta) {
    // The restricted MLE of p21 (only the baseline right) under H0, eq. (3) of the paper.
    const A = 2 * n;
    const B = (2 * n - b + c) * delta - (b + c);
    const C = -c * delta * (1 - delta);
    const p21 = (-B + Math.sqrt(Math.max(0, B * B - 4 * A * C))) / (2 * A);
    const variance = n * (2 * p21 + delta * (1 - delta));
    const numerator = b - c - n * delta;
    if (!(variance > 0))
        return numerator > 0 ? Infinity : numerator < 0 ? -Infinity : 0;
    return numerator / Math.sqrt(variance);
}
/**
 * The one-sided lower confidence bound of the difference: the smallest delta the test
 * does not reject at `confidence` (Z(delta) is decreasing in delta; found by bisection).
 */
function tangoLowerBound(counts, confidence) {
    const z = (0,normal/* normalQuantile */.Zl)(confidence);
    let low = -1;
    let high = (counts.b - counts.c) / counts.n;
    if (tangoZ(counts, high) > z)
        return high;
    for (let i = 0; i < 200 && high - low > 1e-13; i++) {
        const mid = (low + high) / 2;
        if (tangoZ(counts, mid) > z)
            low = mid;
        else
            high = mid;
    }
    return low;
}
/** The standard error of the difference at its estimate (for people; the test uses Z). */
function pairedStandardError({ n, b, c }) {
    const d = (b - c) / n;
    return Math.sqrt(Math.max(0, (b + c) / n - d * d) / n);
}

// EXTERNAL MODULE: ./src/stats/two-proportions.ts
var two_proportions = __webpack_require__(4111);
;// CONCATENATED MODULE: ./src/gate/bootstrap.ts
/** A seeded 32-bit generator. */
function createRandom(seed) {
    let s = seed >>> 0;
    const splitmix = () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
    let a = splitmix();
    let b = splitmix();
    let c = splitmix();
    let d = splitmix();
    return () => {
        const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
        const t = (b << 9) >>> 0;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = rotl(d >>> 0, 11);
        a >>>= 0;
        b >>>= 0;
        c >>>= 0;
        return result;
    };
}
function rotl(x, k) {
    return ((x << k) | (x >>> (32 - k))) >>> 0;
}
/**
 * Runs `resamples` paired resamples over two evaluators of the same rows (row i of
 * each is the same example). Metrics undefined in a resample (one class drawn) give NaN.
 */
function pairedBootstrap(candidate, baseline, metrics, options) {
    const n = candidate.data.yTrue.length;
    const weights = new Uint32Array(n);
    const deltas = new Map(metrics.map((m) => [m, new Float64Array(options.resamples)]));
    for (let r = 0; r < options.resamples; r++) {
        weights.fill(0);
        for (let i = 0; i < n; i++)
            weights[Math.floor((options.random() * n) / 4294967296)]++;
        const c = candidate.compute(metrics, weights);
        const b = baseline.compute(metrics, weights);
        for (const metric of metrics) {
            const cv = c.get(metric);
            const bv = b.get(metric);
            deltas.get(metric)[r] = cv === undefined || bv === undefined ? NaN : cv - bv;
        }
        options.onProgress?.(r + 1);
    }
    return { resamples: options.resamples, deltas };
}
/**
 * The q-quantile of the finite values, interpolated linearly as NumPy's percentile
 * does; undefined when fewer than half the resamples gave a value.
 */
function quantile(values, q) {
    const finite = values.filter(Number.isFinite).sort();
    if (finite.length === 0 || finite.length < values.length / 2)
        return undefined;
    const position = (finite.length - 1) * q;
    const low = Math.floor(position);
    const high = Math.min(low + 1, finite.length - 1);
    return finite[low] + (finite[high] - finite[low]) * (position - low);
}

;// CONCATENATED MODULE: ./src/gate/pairing.ts
/**
 * Joins candidate and baseline predictions on the id column, for the paired bootstrap.
 * The two files must agree on the label of every example they share; otherwise they are
 * not predictions on the same data and no comparison of them is honest.
 */

/** Pairs rows by id; undefined (with why) when either side has no id column. */
function pairRows(candidate, baseline, idColumn) {
    const candidateIds = candidate.table.ids;
    const baselineIds = baseline.table.ids;
    if (!candidateIds || !baselineIds)
        return `the ${!candidateIds ? 'candidate' : 'baseline'} predictions have no '${idColumn}' column to pair examples on`;
    // The usual case: both files list the same ids in the same order. Pairing is the
    // identity; only duplicates need a set.
    if (candidateIds.length === baselineIds.length &&
        candidateIds.every((id, i) => id === baselineIds[i])) {
        const seen = new Set();
        for (const id of candidateIds) {
            if (seen.has(id))
                throw new errors/* ConfigurationError */.j('candidate', `${candidate.table.path}: id '${id}' appears twice`);
            seen.add(id);
        }
        const rows = Uint32Array.from(candidateIds.keys());
        for (let i = 0; i < rows.length; i++)
            checkLabels(candidate, baseline, i, i, candidateIds[i]);
        return { candidateRows: rows, baselineRows: rows, candidateOnly: 0, baselineOnly: 0 };
    }
    const baselineIndex = new Map();
    baselineIds.forEach((id, i) => {
        if (baselineIndex.has(id))
            throw new errors/* ConfigurationError */.j('baseline', `${baseline.table.path}: id '${id}' appears twice`);
        baselineIndex.set(id, i);
    });
    const seen = new Set();
    const candidateRows = [];
    const baselineRows = [];
    candidateIds.forEach((id, i) => {
        if (seen.has(id))
            throw new errors/* ConfigurationError */.j('candidate', `${candidate.table.path}: id '${id}' appears twice`);
        seen.add(id);
        const j = baselineIndex.get(id);
        if (j === undefined)
            return;
        checkLabels(candidate, baseline, i, j, id);
        candidateRows.push(i);
        baselineRows.push(j);
    });
    return {
        candidateRows: Uint32Array.from(candidateRows),
        baselineRows: Uint32Array.from(baselineRows),
        candidateOnly: candidateIds.length - candidateRows.length,
        baselineOnly: baselineIds.length - baselineRows.length,
    };
}
function checkLabels(candidate, baseline, i, j, id) {
    if (labelOf(candidate.dataset, i) !== labelOf(baseline.dataset, j))
        throw new errors/* ConfigurationError */.j('baseline', `${baseline.table.path}: example '${id}' has label ${labelOf(baseline.dataset, j)} but ${labelOf(candidate.dataset, i)} in the candidate; both must be predictions on the same data`);
}
function labelOf(data, row) {
    return data.task === 'regression' ? String(data.yTrue[row]) : data.classes[data.yTrue[row]];
}

;// CONCATENATED MODULE: ./src/gate/significance.ts
/**
 * One-sided confidence bounds for candidate − baseline, on the rows both sides predicted,
 * with the test that fits each metric (SPEC §5):
 * - Tango's score test for accuracy (and the micro averages, which equal it) and for
 *   binary recall, restricted to the rows recall counts (the positives);
 * - DeLong's test for binary ROC AUC;
 * - a paired bootstrap for the rest: confusion-matrix metrics resample the joint table of
 *   (label, candidate prediction, baseline prediction) cells (a multinomial draw per
 *   resample, exact and independent of the number of rows), other metrics resample rows.
 * Where a test would not be valid (too few rows, too few of a class, too few
 * disagreements for a bootstrap) the bound is withheld and `unavailable` says why.
 *
 * Over 300 lines because the three tests share the paired rows, the minimum-information
 * rules and the interval shape; the statistics themselves are in src/stats/.
 */












const intervalKey = (metric, scope) => `${metric}@${scope ?? ''}`;
/** Rows a Tango test needs; below this the normal approximation is not trusted. */
const MIN_TANGO_ROWS = 20;
/** Examples of each class DeLong's test needs. */
const MIN_CLASS_EXAMPLES = 50;
/** Rows where the models disagree that a bootstrap needs. */
const MIN_DISCORDANT = 20;
/** Above this many joint cells (classes³) confusion metrics resample rows instead. */
const MAX_TABLE_CELLS = 4096;
const TANGO = new Set(['accuracy', 'precision_micro', 'recall_micro', 'f1_micro']);
/** The test that fits a metric on a task. */
function methodOf(metric, task) {
    if (task !== 'regression' && TANGO.has(metric))
        return 'tango';
    if (task === 'binary' && metric === 'recall')
        return 'tango';
    if (task === 'binary' && metric === 'roc_auc')
        return 'delong';
    return 'bootstrap';
}
/** Events a share needs on each side before Farrington–Manning's normal approximation holds. */
const MIN_EVENTS = 20;
/**
 * Two shares of bad events measured live (unpaired: different requests): the
 * Farrington–Manning bounds of candidate − baseline.
 */
function countsInterval(metric, scope, candidate, baseline, confidence) {
    const c = candidate.counts?.[metric];
    const b = baseline.counts?.[metric];
    const base = { confidence, method: 'farrington-manning' };
    if (scope || !c || !b)
        return {
            ...base,
            n: 0,
            unavailable: `${metric}${scope ? ` (${scope})` : ''} has no event counts on the ${!c ? 'candidate' : 'baseline'} (a share of events, query and total, measured on both sides)`,
        };
    const n = c.total + b.total;
    const shares = { candidate: c.events / c.total, baseline: b.events / b.total };
    if (c.total < MIN_EVENTS || b.total < MIN_EVENTS)
        return {
            ...base,
            n,
            ...shares,
            unavailable: `${c.total} candidate and ${b.total} baseline events; the test needs ${MIN_EVENTS} on each side`,
        };
    const samples = { x1: c.events, n1: c.total, x2: b.events, n2: b.total };
    const swapped = { x1: b.events, n1: b.total, x2: c.events, n2: c.total };
    const se = Math.sqrt((shares.candidate * (1 - shares.candidate)) / c.total +
        (shares.baseline * (1 - shares.baseline)) / b.total);
    return {
        ...base,
        n,
        ...shares,
        upper: (0,two_proportions/* upperBound */.rn)(samples, 'difference', confidence),
        lower: -(0,two_proportions/* upperBound */.rn)(swapped, 'difference', confidence),
        se,
    };
}
/** Computes every requested (metric, scope) bound. */
function computeIntervals(requests, candidate, baseline, settings, onProgress) {
    const byKey = new Map();
    if (requests.length === 0)
        return { byKey };
    if (!baseline)
        return { byKey, unavailable: 'there is no baseline' };
    if (candidate.counts || baseline.counts) {
        for (const { metric, scope } of requests)
            byKey.set(intervalKey(metric, scope), countsInterval(metric, scope, candidate, baseline, settings.confidence));
        return { byKey };
    }
    if (!candidate.predictions || !baseline.predictions)
        return {
            byKey,
            unavailable: `the ${!candidate.predictions ? 'candidate' : 'baseline'} is metrics, not predictions`,
        };
    const pairing = pairRows(candidate.predictions, baseline.predictions, settings.idColumn);
    if (typeof pairing === 'string')
        return { byKey, unavailable: pairing };
    if (pairing.candidateRows.length === 0)
        return { byKey, unavailable: `no '${settings.idColumn}' is in both predictions files` };
    const task = candidate.predictions.dataset.task;
    const byScope = new Map();
    for (const { metric, scope } of requests) {
        if (!(0,catalogue/* isKnownMetric */.Oi)(metric) || !catalogue/* METRICS */.Cb[metric].tasks.includes(task))
            continue;
        const key = scope ?? '';
        if (!byScope.has(key))
            byScope.set(key, new Set());
        byScope.get(key).add(metric);
    }
    const random = createRandom(settings.seed);
    const z = (0,normal/* normalQuantile */.Zl)(settings.confidence);
    let resampledScopes = 0;
    // Every row paired with its own, in order: the sides' datasets and values serve as they are.
    const identity = pairing.candidateOnly === 0 &&
        pairing.baselineOnly === 0 &&
        pairing.candidateRows === pairing.baselineRows;
    for (const [scope, metrics] of byScope) {
        const whole = identity && scope === '';
        const rows = whole ? undefined : scopeRows(pairing, candidate, scope);
        const c = rows
            ? selectRows(candidate.predictions.dataset, rows.candidate)
            : candidate.predictions.dataset;
        const b = rows
            ? selectRows(baseline.predictions.dataset, rows.baseline)
            : baseline.predictions.dataset;
        const cEval = whole ? candidate.predictions.evaluator : new MetricEvaluator(c);
        const bEval = whole ? baseline.predictions.evaluator : new MetricEvaluator(b);
        const cValues = whole ? candidate.overall : cEval.compute(metrics);
        const bValues = whole ? baseline.overall : bEval.compute(metrics);
        const set = (metric, interval) => byKey.set(intervalKey(metric, scope || undefined), {
            confidence: settings.confidence,
            candidate: cValues.values[metric],
            baseline: bValues.values[metric],
            ...interval,
        });
        const bootstrapped = [];
        for (const metric of metrics) {
            const method = methodOf(metric, task);
            if (method === 'tango')
                set(metric, tango(c, b, metric, settings.confidence));
            else if (method === 'delong')
                set(metric, delongBound(c, b, z));
            else
                bootstrapped.push(metric);
        }
        if (bootstrapped.length === 0)
            continue;
        const discordant = disagreements(c, b, bootstrapped);
        if (discordant < MIN_DISCORDANT) {
            for (const metric of bootstrapped)
                set(metric, {
                    method: 'bootstrap',
                    n: c.yTrue.length,
                    unavailable: `only ${discordant} rows where the models disagree (a bootstrap needs ${MIN_DISCORDANT})`,
                });
            continue;
        }
        const offset = resampledScopes++ * settings.resamples;
        const progress = (r) => onProgress?.(offset + r, byScope.size * settings.resamples);
        const deltas = tableBootstrap(c, b, bootstrapped, settings.resamples, random, progress) ??
            pairedBootstrap(cEval, bEval, bootstrapped, {
                resamples: settings.resamples,
                random,
                onProgress: progress,
            }).deltas;
        for (const [metric, values] of deltas)
            set(metric, {
                method: 'bootstrap',
                n: c.yTrue.length,
                lower: quantile(values, 1 - settings.confidence),
                upper: quantile(values, settings.confidence),
                se: standardDeviation(values),
            });
    }
    return {
        byKey,
        info: {
            resamples: settings.resamples,
            seed: settings.seed,
            confidence: settings.confidence,
            pairs: pairing.candidateRows.length,
            candidateOnly: pairing.candidateOnly,
            baselineOnly: pairing.baselineOnly,
        },
    };
}
/** Tango's bound on the rows the metric counts (all rows; the positives for recall). */
function tango(c, b, metric, confidence) {
    const { yTrue } = c;
    const positive = c.positive;
    const counts = { n: 0, b: 0, c: 0 };
    for (let i = 0; i < yTrue.length; i++) {
        if (metric === 'recall' && yTrue[i] !== positive)
            continue;
        counts.n++;
        const candidateRight = c.yPred[i] === yTrue[i];
        const baselineRight = b.yPred[i] === yTrue[i];
        if (candidateRight && !baselineRight)
            counts.b++;
        else if (!candidateRight && baselineRight)
            counts.c++;
    }
    const what = metric === 'recall' ? 'positive examples' : 'rows';
    if (counts.n < MIN_TANGO_ROWS)
        return {
            method: 'tango',
            n: counts.n,
            unavailable: `only ${counts.n} ${what} (the score test needs ${MIN_TANGO_ROWS})`,
        };
    return {
        method: 'tango',
        n: counts.n,
        lower: tangoLowerBound(counts, confidence),
        se: pairedStandardError(counts),
    };
}
/** DeLong's bound of the AUC difference. */
function delongBound(c, b, z) {
    const cd = c;
    const bd = b;
    const n = c.yTrue.length;
    if (!cd.score || !bd.score)
        return { method: 'delong', n, unavailable: 'a side has no score column' };
    const result = delong((i) => cd.yTrue[i] === cd.positive, cd.score, bd.score);
    const positives = result?.positives ?? 0;
    const negatives = result?.negatives ?? 0;
    if (!result || positives < MIN_CLASS_EXAMPLES || negatives < MIN_CLASS_EXAMPLES)
        return {
            method: 'delong',
            n,
            unavailable: `${positives} positive and ${negatives} negative examples (DeLong's test needs ${MIN_CLASS_EXAMPLES} of each)`,
        };
    const se = Math.sqrt(Math.max(0, result.variance));
    const diff = result.aucA - result.aucB;
    return { method: 'delong', n, lower: diff - z * se, upper: diff + z * se, se };
}
/** Rows where the two models disagree on what the metrics read (predictions or scores). */
function disagreements(c, b, metrics) {
    const scores = metrics.some((m) => catalogue/* METRICS */.Cb[m]?.scores);
    let count = 0;
    for (let i = 0; i < c.yTrue.length; i++) {
        let differ = c.yPred[i] !== b.yPred[i];
        if (!differ && scores && c.task !== 'regression' && b.task !== 'regression') {
            if (c.score && b.score)
                differ = c.score[i] !== b.score[i];
            else if (c.classScores && b.classScores)
                for (const [k, values] of c.classScores)
                    if (values[i] !== b.classScores.get(k)?.[i]) {
                        differ = true;
                        break;
                    }
        }
        if (differ)
            count++;
    }
    return count;
}
const CONFUSION_ONLY = new Set([
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f1',
    'mcc',
    'cohen_kappa',
    ...['precision', 'recall', 'f1'].flatMap((m) => [`${m}_macro`, `${m}_micro`, `${m}_weighted`]),
]);
/**
 * The bootstrap of confusion-matrix metrics by resampling the joint table: the counts of
 * (label, candidate prediction, baseline prediction) are all a row resample changes, and
 * they are Multinomial(n, cell shares), so each resample is one multinomial draw.
 * Undefined when a metric needs more than the table (scores) or the table is too large.
 */
function tableBootstrap(c, b, metrics, resamples, random, onProgress) {
    if (c.task === 'regression' || b.task === 'regression')
        return undefined;
    if (!metrics.every((m) => CONFUSION_ONLY.has(m)))
        return undefined;
    const k = c.classes.length;
    if (k * k * k > MAX_TABLE_CELLS)
        return undefined;
    const n = c.yTrue.length;
    const cells = new Float64Array(k * k * k);
    for (let i = 0; i < n; i++)
        cells[(c.yTrue[i] * k + c.yPred[i]) * k + b.yPred[i]]++;
    const positive = c.task === 'binary' ? c.positive : undefined;
    const drawn = new Float64Array(cells.length);
    const mc = new Float64Array(k * k);
    const mb = new Float64Array(k * k);
    const deltas = new Map(metrics.map((m) => [m, new Float64Array(resamples)]));
    for (let r = 0; r < resamples; r++) {
        multinomial(n, cells, n, drawn, random);
        mc.fill(0);
        mb.fill(0);
        for (let t = 0; t < k; t++)
            for (let pc = 0; pc < k; pc++)
                for (let pb = 0; pb < k; pb++) {
                    const count = drawn[(t * k + pc) * k + pb];
                    mc[t * k + pc] += count;
                    mb[t * k + pb] += count;
                }
        const vc = new MetricValues();
        const vb = new MetricValues();
        confusionMetrics(mc, k, positive, vc);
        confusionMetrics(mb, k, positive, vb);
        for (const metric of metrics) {
            const x = vc.get(metric);
            const y = vb.get(metric);
            deltas.get(metric)[r] = x === undefined || y === undefined ? NaN : x - y;
        }
        onProgress(r + 1);
    }
    return deltas;
}
function standardDeviation(values) {
    const finite = values.filter(Number.isFinite);
    if (finite.length < 2)
        return undefined;
    const mean = finite.reduce((s, v) => s + v, 0) / finite.length;
    return Math.sqrt(finite.reduce((s, v) => s + (v - mean) ** 2, 0) / (finite.length - 1));
}
/** The paired rows in a scope ('' = all; 'column=value' = the candidate's slice). */
function scopeRows(pairing, candidate, scope) {
    if (scope === '')
        return { candidate: pairing.candidateRows, baseline: pairing.baselineRows };
    const split = scope.indexOf('=');
    const slice = candidate.predictions.table.slices.get(scope.slice(0, split));
    const code = slice?.dictionary.indexOf(scope.slice(split + 1)) ?? -1;
    const keep = [];
    pairing.candidateRows.forEach((row, i) => {
        if (slice && slice.codes[row] === code)
            keep.push(i);
    });
    return {
        candidate: Uint32Array.from(keep, (i) => pairing.candidateRows[i]),
        baseline: Uint32Array.from(keep, (i) => pairing.baselineRows[i]),
    };
}

;// CONCATENATED MODULE: ./src/gate/evaluate-gates.ts


/** Evaluates every gate of `config` on the candidate against the (optional) baseline. */
function evaluateGates(config, candidate, baseline, options) {
    const scopes = config.gates.map((gate) => ({ gate, scopes: scopesOf(gate, candidate) }));
    const requests = scopes.flatMap(({ gate, scopes }) => gate.maxRegression ? scopes.map((s) => ({ metric: gate.metric, scope: s.key })) : []);
    const intervals = computeIntervals(baseline ? requests : [], candidate, baseline, {
        resamples: config.bootstrap,
        seed: config.seed ?? 0,
        confidence: config.confidence,
        idColumn: options.idColumn,
    }, options.onProgress);
    const results = [];
    for (const { gate, scopes: list } of scopes)
        for (const scope of list) {
            if (scope.problem) {
                results.push(missingRow(gate, scope.key, 'accuracy', scope.problem));
                continue;
            }
            const own = scope.key ? candidate.slices.get(scope.key) : candidate.overall;
            const small = own.n !== undefined && own.n < gate.minCount;
            const context = { gate, slice: scope.key, n: scope.key ? own.n : undefined };
            if (gate.min !== undefined || gate.max !== undefined)
                results.push(small ? skippedSmall(context, 'accuracy') : accuracyRow(context, own));
            if (gate.maxRegression) {
                if (small)
                    results.push(skippedSmall(context, 'regression'));
                else if (!baseline)
                    results.push({
                        ...rowBase(context, 'regression'),
                        candidate: own.values[gate.metric],
                        result: options.noBaselineResult ?? 'skipped',
                        reason: options.noBaseline ?? 'no baseline',
                    });
                else {
                    const theirs = scope.key ? baseline.slices.get(scope.key) : baseline.overall;
                    const interval = intervals.byKey.get(intervalKey(gate.metric, scope.key));
                    results.push(regressionRow(context, own, theirs, interval, intervals.unavailable));
                }
            }
        }
    const verdict = results.some((r) => r.result === 'fail')
        ? 'fail'
        : results.some((r) => r.result === 'inconclusive')
            ? 'inconclusive'
            : 'pass';
    return {
        verdict,
        results,
        failedGates: results
            .filter((r) => r.result === 'fail' || r.result === 'inconclusive')
            .map((r) => ({
            metric: r.metric,
            ...(r.slice ? { slice: r.slice } : {}),
            kind: r.kind,
            result: r.result,
            reason: r.reason,
        })),
        bootstrap: intervals.info,
        intervalsUnavailable: requests.length > 0 ? intervals.unavailable : undefined,
    };
}
/** All examples, or every value of each slice column the gate names. */
function scopesOf(gate, candidate) {
    if (gate.slices.length === 0)
        return [{}];
    return gate.slices.flatMap((column) => {
        const keys = [...candidate.slices.keys()].filter((key) => key.startsWith(`${column}=`));
        return keys.length > 0
            ? keys.map((key) => ({ key }))
            : [{ key: `${column}=*`, problem: `the candidate has no slice column '${column}'` }];
    });
}
function rowBase(context, kind) {
    const { gate, slice, n } = context;
    const threshold = kind === 'accuracy' ? boundsText(gate) : toleranceText(gate);
    return { metric: gate.metric, slice, kind, direction: gate.direction, threshold, n };
}
function skippedSmall(context, kind) {
    return {
        ...rowBase(context, kind),
        result: 'skipped',
        reason: `only ${context.n} examples (min-count ${context.gate.minCount})`,
    };
}
function missingRow(gate, slice, kind, why) {
    return { ...rowBase({ gate, slice }, kind), ...applyMissing(gate.missing, why) };
}
function applyMissing(policy, why) {
    return { result: policy === 'skip' ? 'skipped' : policy, reason: why };
}
function absent(set, metric, side) {
    const note = set?.notes[metric];
    return note ? `${metric} has no ${side} value: ${note}` : `no ${metric} in the ${side} metrics`;
}
function accuracyRow(context, own) {
    const { gate } = context;
    const base = rowBase(context, 'accuracy');
    const value = own.values[gate.metric];
    if (value === undefined)
        return { ...base, ...applyMissing(gate.missing, absent(own, gate.metric, 'candidate')) };
    if (gate.min !== undefined && value < gate.min)
        return {
            ...base,
            candidate: value,
            result: 'fail',
            reason: `${format(value)} is below the floor ${gate.min}`,
        };
    if (gate.max !== undefined && value > gate.max)
        return {
            ...base,
            candidate: value,
            result: 'fail',
            reason: `${format(value)} is above the ceiling ${gate.max}`,
        };
    return {
        ...base,
        candidate: value,
        result: 'pass',
        reason: `${format(value)} is within ${base.threshold}`,
    };
}
function regressionRow(context, own, theirs, interval, unavailable) {
    const { gate } = context;
    const base = rowBase(context, 'regression');
    // On paired predictions, values and the delta come from the rows both sides predicted.
    const candidate = interval?.candidate ?? own.values[gate.metric];
    const baseline = interval?.baseline ?? theirs?.values[gate.metric];
    if (candidate === undefined)
        return {
            ...base,
            baseline,
            ...applyMissing(gate.missing, absent(own, gate.metric, 'candidate')),
        };
    if (baseline === undefined)
        return {
            ...base,
            candidate,
            ...applyMissing(gate.missing, absent(theirs, gate.metric, 'baseline')),
        };
    const tolerance = gate.maxRegression;
    const allowed = tolerance.relative ? tolerance.value * Math.abs(baseline) : tolerance.value;
    const delta = candidate - baseline;
    const better = gate.direction === 'higher' ? 1 : -1;
    const worse = -better * delta;
    const row = {
        ...base,
        candidate,
        baseline,
        delta,
        margin: allowed,
        interval,
        test: testFacts(interval, allowed),
    };
    const pointFails = worse > allowed + 1e-12;
    const pointText = `${signed(delta)} (${worse > 0 ? `${format(worse)} worse` : 'no worse'}; allowed ${format(allowed)})`;
    if (!gate.significance)
        return {
            ...row,
            result: pointFails ? 'fail' : 'pass',
            reason: `${pointFails ? 'regressed' : 'changed'} by ${pointText} — a point comparison: noise on this test set decides it`,
        };
    // Non-inferiority: the one-sided bound of the improvement must be strictly better than -allowed.
    const bound = better > 0 ? interval?.lower : interval?.upper;
    if (bound === undefined) {
        const why = interval?.unavailable ??
            unavailable ??
            'the test gave no bound (too few examples of a class)';
        return pointFails
            ? { ...row, result: 'fail', reason: `regressed by ${pointText}` }
            : { ...row, result: 'inconclusive', reason: `significance not testable: ${why}` };
    }
    const level = `${Math.round(interval.confidence * 1000) / 10}%`;
    const boundText = `${better > 0 ? '≥' : '≤'} ${signed(bound)}`;
    const method = METHOD_NAMES[interval.method];
    if (better * bound > -allowed)
        return {
            ...row,
            result: 'pass',
            reason: `non-inferior (${method}): delta ${boundText} at ${level}, margin ${format(allowed)}`,
        };
    if (pointFails)
        return { ...row, result: 'fail', reason: `regressed by ${pointText}` };
    const needed = row.test?.nNeeded;
    return {
        ...row,
        result: 'inconclusive',
        reason: `non-inferiority not shown (${method}): at ${level} the delta may be as bad as ${signed(bound)}, past the margin ${format(allowed)}${needed ? `; about ${needed} examples would show a margin this size` : ''}`,
    };
}
/** The significance tests by name, for people. */
const METHOD_NAMES = {
    tango: "Tango's score test",
    delong: "DeLong's test",
    bootstrap: 'paired bootstrap',
    'farrington-manning': 'Farrington–Manning test',
};
/**
 * What the test can see: its standard error, the smallest regression it detects with 80%
 * power at its confidence, and about how many examples it would take to detect the margin.
 */
function testFacts(interval, allowed) {
    if (!interval?.se || interval.unavailable)
        return interval ? { method: interval.method, n: interval.n } : undefined;
    const detectable = ((0,normal/* normalQuantile */.Zl)(interval.confidence) + (0,normal/* normalQuantile */.Zl)(0.8)) * interval.se;
    const nNeeded = allowed > 0 ? Math.ceil(interval.n * (detectable / allowed) ** 2) : undefined;
    const passIfUnchanged = (0,normal/* normalCdf */.vr)(allowed / interval.se - (0,normal/* normalQuantile */.Zl)(interval.confidence));
    return {
        method: interval.method,
        n: interval.n,
        se: interval.se,
        detectable,
        nNeeded,
        margin: allowed,
        passIfUnchanged,
    };
}
function boundsText(gate) {
    if (gate.min !== undefined && gate.max !== undefined)
        return `${gate.min} – ${gate.max}`;
    return gate.min !== undefined ? `≥ ${gate.min}` : `≤ ${gate.max}`;
}
function toleranceText(gate) {
    const t = gate.maxRegression;
    const amount = t.relative ? `${+(t.value * 100).toFixed(6)}%` : String(t.value);
    return `≤ ${amount} worse${gate.significance ? ' (significance)' : ''}`;
}
/** A metric value for people: up to 4 significant decimals, integers as they are. */
function format(value) {
    if (Number.isInteger(value))
        return String(value);
    const abs = Math.abs(value);
    return abs >= 1000
        ? value.toFixed(1)
        : abs >= 1
            ? value.toFixed(3)
            : value.toPrecision(4).replace(/0+$/, '');
}
function signed(value) {
    return value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : '0';
}

;// CONCATENATED MODULE: ./src/drift/binned.ts
/**
 * Distances between two binned distributions, by stated formulas:
 * - PSI = Σ (c_i − r_i) ln(c_i / r_i) over the shares r (reference) and c (current) of
 *   each bin, a share of 0 taken as 0.0001 (the convention of Evidently and most PSI
 *   tables), so an empty bin counts without dividing by zero;
 * - Jensen–Shannon distance = √(½ KL(r‖m) + ½ KL(c‖m)) with m = (r + c)/2, base 2 (in
 *   [0, 1]), as scipy.spatial.distance.jensenshannon(r, c, base=2).
 * Numeric features are binned at the reference's quantiles (numpy's linear method):
 * `bins` bins, (−∞, q1], (q1, q2], …, (q_{bins−1}, ∞), repeated edges merged.
 */
const PSI_FLOOR = 1e-4;
function psi(reference, current) {
    const r = shares(reference);
    const c = shares(current);
    let sum = 0;
    for (let i = 0; i < r.length; i++) {
        const ri = Math.max(r[i], PSI_FLOOR);
        const ci = Math.max(c[i], PSI_FLOOR);
        sum += (ci - ri) * Math.log(ci / ri);
    }
    return sum;
}
function jensenShannon(reference, current) {
    const r = shares(reference);
    const c = shares(current);
    let divergence = 0;
    for (let i = 0; i < r.length; i++) {
        const m = (r[i] + c[i]) / 2;
        if (r[i] > 0)
            divergence += r[i] * Math.log(r[i] / m);
        if (c[i] > 0)
            divergence += c[i] * Math.log(c[i] / m);
    }
    return Math.sqrt(Math.max(0, divergence / 2) / Math.LN2);
}
function shares(counts) {
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = total > 0 ? counts[i] / total : 0;
    return out;
}
/** numpy.quantile(sorted, q) with the default linear method; `sorted` ascending. */
function quantileSorted(sorted, q) {
    const position = q * (sorted.length - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, sorted.length - 1);
    const t = position - below;
    return sorted[below] + (sorted[above] - sorted[below]) * t;
}
/** The inner bin edges: the reference's quantiles 1/bins … (bins−1)/bins, repeats merged. */
function quantileEdges(sortedReference, bins) {
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const edge = quantileSorted(sortedReference, i / bins);
        if (edges.length === 0 || edge > edges[edges.length - 1])
            edges.push(edge);
    }
    return edges;
}
/** Counts of sorted values per bin (−∞, e1], (e1, e2], …, (e_last, ∞). */
function binCounts(sorted, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        while (bin < edges.length && sorted[i] > edges[bin])
            bin++;
        counts[bin] += 1;
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/drift/gamma.ts
/** log Γ(a) for a a positive multiple of 1/2 (a chi-square's dof / 2), from log-factorials. */
const LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
function logGammaHalf(a) {
    const twice = Math.round(2 * a);
    if (twice % 2 === 0)
        return gamma_logFactorial(twice / 2 - 1);
    // Γ(k + 1/2) = (2k)! √π / (4^k k!)
    const k = (twice - 1) / 2;
    return gamma_logFactorial(2 * k) + LOG_SQRT_PI - k * Math.log(4) - gamma_logFactorial(k);
}
const TABLE = (() => {
    const table = new Float64Array(1024);
    for (let i = 2; i < 1024; i++)
        table[i] = table[i - 1] + Math.log(i);
    return table;
})();
// B_{2j} / (2j) / (2j − 1), j = 8 … 1 (scipy's _STIRLING_COEFFS).
const STIRLING = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
    -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];
/** log n! (sums of logs below 1024, Stirling's series above). */
function gamma_logFactorial(n) {
    if (n < 1024)
        return TABLE[n];
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn * rn) + c;
    return (n + 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + rn * poly;
}

;// CONCATENATED MODULE: ./src/drift/chi-square.ts
/**
 * The chi-square test of homogeneity of a categorical feature between two datasets, as
 * scipy.stats.chi2_contingency computes it on the 2 × k table of counts (its default
 * Yates correction when there is one degree of freedom), with the p-value of
 * scipy.stats.chi2.sf: the regularized upper incomplete gamma function Q(dof/2, χ²/2).
 * Checked against scipy in test/drift.
 */

/** `reference[i]` and `current[i]`: counts of category i (categories absent from both dropped). */
function chiSquareHomogeneity(reference, current) {
    const keep = reference.map((r, i) => r + current[i] > 0);
    const rows = [reference.filter((_, i) => keep[i]), current.filter((_, i) => keep[i])];
    const k = rows[0].length;
    const dof = k - 1;
    if (dof === 0)
        return { statistic: 0, dof: 0, pValue: 1 };
    const rowTotals = rows.map((row) => row.reduce((a, b) => a + b, 0));
    const total = rowTotals[0] + rowTotals[1];
    let statistic = 0;
    for (let j = 0; j < k; j++) {
        const column = rows[0][j] + rows[1][j];
        for (let i = 0; i < 2; i++) {
            const expected = (rowTotals[i] * column) / total;
            let observed = rows[i][j];
            if (dof === 1) {
                // Yates: move each observed count half a unit towards its expected count.
                const gap = expected - observed;
                observed += Math.sign(gap) * Math.min(0.5, Math.abs(gap));
            }
            statistic += (observed - expected) ** 2 / expected;
        }
    }
    return { statistic, dof, pValue: chiSquareSf(statistic, dof) };
}
/** P(χ²_dof ≥ x). */
function chiSquareSf(x, dof) {
    if (!(x > 0))
        return 1;
    return upperGammaRegularized(dof / 2, x / 2);
}
/**
 * Q(a, x) for a a multiple of 1/2: by its series when x < a + 1 (as 1 − P), else by the
 * continued fraction (modified Lentz), both to machine precision.
 */
function upperGammaRegularized(a, x) {
    const logPrefix = a * Math.log(x) - x - logGammaHalf(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < 100_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-17)
                break;
        }
        return 1 - sum * Math.exp(logPrefix);
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let n = 1; n < 100_000; n++) {
        const an = -n * (n - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-17)
            break;
    }
    return Math.exp(logPrefix) * h;
}

;// CONCATENATED MODULE: ./src/drift/holm.ts
/**
 * Holm's step-down adjustment (S. Holm, "A simple sequentially rejective multiple test
 * procedure", Scandinavian Journal of Statistics 6:65–70, 1979): the i-th smallest of m
 * p-values becomes max over j ≤ i of min(1, (m − j + 1) p_(j)); rejecting where the
 * adjusted value is below α keeps the family-wise error at α.
 */
function holm(pValues) {
    const m = pValues.length;
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
    const adjusted = new Array(m);
    let running = 0;
    order.forEach((index, rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
        adjusted[index] = running;
    });
    return adjusted;
}

;// CONCATENATED MODULE: ./src/drift/ks.ts
/**
 * The two-sample Kolmogorov–Smirnov test as scipy.stats.ks_2samp defines it (two-sided,
 * method 'auto'): the statistic D = max |F1 − F2| over the pooled values; the p-value
 * exact when both samples have at most 10,000 values (the share of lattice paths that
 * leave the band |i/n1 − j/n2| < D, Hodges 1958), otherwise the distribution of the
 * one-sample statistic with n = round(n1 n2 / (n1 + n2)) (scipy's kstwo.sf, Simard and
 * L'Ecuyer 2011): 0 past n D² ≥ 370, twice the one-sided Smirnov tail past n D² ≥ 2.2,
 * else one minus the Durbin matrix (n ≤ 100,000 and n D^1.5 ≤ 1.4) or Pelz–Good CDF.
 * Checked against scipy in test/drift.
 */

/** D of two samples sorted ascending (NaN-free). */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < n1 && j < n2) {
        const x = a[i] <= b[j] ? a[i] : b[j];
        while (i < n1 && a[i] === x)
            i++;
        while (j < n2 && b[j] === x)
            j++;
        const gap = Math.abs(i / n1 - j / n2);
        if (gap > d)
            d = gap;
    }
    return d;
}
/** scipy's exact-or-asymptotic switch: both samples at most this many values. */
const MAX_EXACT_N = 10_000;
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** The two-sided p-value of D for samples of n1 and n2 values. */
function ksPValue(d, n1, n2) {
    if (Math.max(n1, n2) <= MAX_EXACT_N) {
        const exact = exactPValue(d, n1, n2);
        if (exact !== undefined)
            return exact;
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = Math.round((m * n) / (m + n));
    // Where scipy's kstwo would need Pomeranz's recursion (n ≤ 140), the exact answer instead.
    if (en <= 140 && en * d * d > 0.754693 && en * d * d <= 4 && d < 0.5 && en * d > 1)
        return exactPValue(d, n1, n2) ?? ks_clip(2 * smirnov(en, d));
    return ks_clip(kolmogorovSf(en, d));
}
const ks_clip = (p) => Math.min(1, Math.max(0, p));
/** P(D ≥ d) exactly: the share of paths from (0,0) to (n1,n2) that leave the band. */
function exactPValue(d, n1, n2) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    if (h === 0)
        return 1;
    if (n1 === n2)
        return ks_clip(probOutsideSquare(n1, h));
    // f(i, j): the share of paths to (i, j) that stayed inside |i a − j b| < h; only the
    // band of j where that holds is computed (the rest is 0), so the work is n1 × band.
    const a = n2 / g;
    const b = n1 / g;
    let row = new Float64Array(n2 + 1);
    let next = new Float64Array(n2 + 1);
    const band = (i) => [
        Math.max(0, Math.floor((i * a - h) / b) + 1),
        Math.min(n2, Math.ceil((i * a + h) / b) - 1),
    ];
    let [lo, hi] = band(0);
    for (let j = lo; j <= hi; j++)
        row[j] = 1;
    for (let i = 1; i <= n1; i++) {
        const [nlo, nhi] = band(i);
        let left = 0;
        for (let j = nlo; j <= nhi; j++) {
            const above = j >= lo && j <= hi ? row[j] : 0;
            left = j === 0 ? above : (i * above + j * left) / (i + j);
            next[j] = left;
        }
        [row, next] = [next, row];
        [lo, hi] = [nlo, nhi];
        if (lo > hi)
            return 1;
    }
    if (n2 < lo || n2 > hi)
        return 1;
    const p = 1 - row[n2];
    return Number.isFinite(p) ? ks_clip(p) : undefined;
}
/** scipy's _compute_prob_outside_square: P(D_{n,n} ≥ h/n), Horner-like. */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        p = p1 * (1 - p);
    }
    return 2 * p;
}
/** scipy's kstwo.sf(x, n) on the branches its large-sample path takes. */
function kolmogorovSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        const logProb = logFactorialOverPower(n) + n * Math.log(2 * t - 1);
        return 1 - Math.exp(logProb);
    }
    if (t >= n - 1)
        return 2 * (1 - x) ** n;
    if (x >= 0.5)
        return 2 * smirnov(n, x);
    const nx2 = t * x;
    if (n <= 140)
        return nx2 <= 0.754693 ? 1 - durbin(n, x) : 2 * smirnov(n, x);
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return 2 * smirnov(n, x);
    const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbin(n, x) : pelzGood(n, x);
    return 1 - cdf;
}
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
/** log(n! / n^n) by Stirling's series with n log n taken out first. */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/**
 * The one-sided Smirnov tail P(D+_n ≥ x), by the Birnbaum–Tingey sum
 * x Σ_j C(n, j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j), summed in logs from its largest
 * term outwards until the terms no longer matter.
 */
function smirnov(n, x) {
    if (x <= 0)
        return 1;
    if (x >= 1)
        return 0;
    const last = Math.floor(n * (1 - x) + 1e-12);
    const logTerm = (j) => {
        const u = x + j / n;
        const v = 1 - u;
        if (v <= 0)
            return j === n ? gamma_logFactorial(n) - gamma_logFactorial(j) + (j - 1) * Math.log(u) : -Infinity;
        return (gamma_logFactorial(n) -
            gamma_logFactorial(j) -
            gamma_logFactorial(n - j) +
            (j - 1) * Math.log(u) +
            (n - j) * Math.log(v));
    };
    // The terms are unimodal in j: find the peak by a coarse scan, then walk both ways.
    let peak = 0;
    let best = logTerm(0);
    const stride = Math.max(1, Math.floor(last / 64));
    for (let j = 0; j <= last; j += stride) {
        const t = logTerm(j);
        if (t > best)
            [best, peak] = [t, j];
    }
    for (let j = Math.max(0, peak - stride); j <= Math.min(last, peak + stride); j++) {
        const t = logTerm(j);
        if (t > best)
            [best, peak] = [t, j];
    }
    let sum = 0;
    for (let j = peak; j <= last; j++) {
        const r = Math.exp(logTerm(j) - best);
        sum += r;
        if (r < 1e-17 * sum && j > peak + 10)
            break;
    }
    for (let j = peak - 1; j >= 0; j--) {
        const r = Math.exp(logTerm(j) - best);
        sum += r;
        if (r < 1e-17 * sum && j < peak - 10)
            break;
    }
    return x * Math.exp(best) * sum;
}
/** P(D_n ≤ d) by Durbin's matrix (Marsaglia, Tsang and Wang 2003), as scipy computes it. */
function durbin(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    const multiply = (A, B) => {
        const C = new Float64Array(m * m);
        for (let r = 0; r < m; r++)
            for (let t = 0; t < m; t++) {
                const a = A[r * m + t];
                if (a === 0)
                    continue;
                for (let c = 0; c < m; c++)
                    C[r * m + c] += a * B[t * m + c];
            }
        return C;
    };
    let power = new Float64Array(m * m);
    for (let r = 0; r < m; r++)
        power[r * m + r] = 1;
    const SCALE = 2 ** 128;
    let exponent = 0;
    let hExponent = 0;
    for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
        if (nn % 2) {
            power = multiply(power, H);
            exponent += hExponent;
        }
        H = multiply(H, H);
        hExponent *= 2;
        if (Math.abs(H[(k - 1) * m + k - 1]) > SCALE) {
            for (let i = 0; i < H.length; i++)
                H[i] /= SCALE;
            hExponent += 128;
        }
    }
    let p = power[(k - 1) * m + k - 1];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < 1 / SCALE) {
            p *= SCALE;
            exponent -= 128;
        }
    }
    return p * 2 ** exponent;
}
/** The Pelz–Good approximation of P(D_n ≤ x), as scipy computes it. */
function pelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = q ** (8 * k);
        const coeffs = [
            1,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m4,
            k3a + k3b * m2 + k3c * m4 + k3d * m6,
        ];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    q = Math.exp(-PI2 / 2 / z2);
    const sqrt3z = Math.sqrt(3) * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        const kpi = Math.PI * k;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
    }
    K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z ** 3);
    K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
;// CONCATENATED MODULE: ./src/drift/sketch.ts
/**
 * A compact summary of a dataset (SPEC §9 evidence holds it, not the data): per numeric
 * feature its values at 1,001 evenly spaced quantiles (numpy's linear method) with the
 * exact count of values at or below each, per categorical feature the count of each
 * value, and the missing values. The gate report of a release keeps its reference data's
 * sketch, so a later gate can compare new data with what the live model was built on
 * (`reference: environment:<name>`).
 *
 * From a sketch, the reference's bins at quantiles on the grid (deciles, quintiles…),
 * PSI and Jensen–Shannon are exact, as are chi-square, the range and missing values; the
 * KS statistic is exact at the grid's points and between them uses the count at the point
 * below, so it is within the largest step of the grid (about 0.001) of the exact one.
 */


const SKETCH_POINTS = 1000;
const sketchSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('modelgate.data-sketch/v1'),
    path: schemas/* string */.YjP(),
    rows: schemas/* number */.aig().int().positive(),
    features: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({
        kind: schemas/* enum */.k5n(['numeric', 'categorical']),
        present: schemas/* number */.aig().int().min(0),
        missing: schemas/* number */.aig().int().min(0),
        quantiles: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
        atOrBelow: schemas/* array */.YOg(schemas/* number */.aig().int().min(0)).optional(),
        counts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().min(0)).optional(),
    })),
});
/** Counts of values ≤ x in a sorted array (upper bound by bisection). */
function countAtOrBelow(sorted, x) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] <= x)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
function sketchOf(data) {
    const features = {};
    for (const [name, f] of data.features) {
        const base = { kind: f.kind, present: f.present, missing: f.missing };
        if (f.sorted && f.sorted.length > 0) {
            const quantiles = Array.from({ length: SKETCH_POINTS + 1 }, (_, k) => quantileSorted(f.sorted, k / SKETCH_POINTS));
            features[name] = {
                ...base,
                quantiles,
                atOrBelow: quantiles.map((q) => countAtOrBelow(f.sorted, q)),
                // A numeric feature's values as categories too, while there are few (codes).
                ...distinctCounts(f.sorted),
            };
        }
        else
            features[name] = { ...base, ...(f.counts ? { counts: Object.fromEntries(f.counts) } : {}) };
    }
    return { schema: 'modelgate.data-sketch/v1', path: data.path, rows: data.rows, features };
}
/** A sketch read back as the features drift compares (numeric ones carry their grid). */
function featuresOfSketch(sketch, source) {
    const features = new Map();
    for (const [name, f] of Object.entries(sketch.features))
        features.set(name, {
            name,
            kind: f.kind,
            present: f.present,
            missing: f.missing,
            ...(f.counts ? { counts: new Map(Object.entries(f.counts)) } : {}),
            ...(f.quantiles && f.atOrBelow
                ? { grid: { quantiles: f.quantiles, atOrBelow: f.atOrBelow } }
                : {}),
        });
    return { path: source, rows: sketch.rows, header: Object.keys(sketch.features), features };
}
/** A sorted numeric feature's counts per value (as categories compare them), if at most 1,000. */
function distinctCounts(sorted) {
    const counts = {};
    let distinct = 0;
    for (let i = 0; i < sorted.length;) {
        const value = sorted[i];
        let j = i;
        while (j < sorted.length && sorted[j] === value)
            j++;
        if (++distinct > 1000)
            return {};
        counts[String(value)] = j - i;
        i = j;
    }
    return { counts };
}

;// CONCATENATED MODULE: ./src/drift/evaluate-drift.ts
/**
 * The drift and data-quality gates between a reference dataset (what the model was built
 * on) and a current one: per feature, KS (numeric) or chi-square (categorical) with
 * Holm-adjusted p-values, PSI and Jensen–Shannon as effect sizes — a feature drifts only
 * when its test rejects at the family-wise `alpha` *and* its effect is past the limits,
 * so a huge dataset does not flag every trivial shift, and a large effect the data cannot
 * tell from chance is inconclusive, not a pass — then missing values, new categories,
 * values out of the reference's range and a changed type.
 */





function evaluateDrift(config, features, reference, current, 
/** Compared without data-quality checks (the models' predictions, not input data). */
predictions, 
/** Each slice's rows of both datasets, tested feature by feature (quality is overall). */
slices = []) {
    const rows = [];
    const tested = [];
    for (const group of slices)
        for (const name of features) {
            if (predictions?.has(name))
                continue;
            const ref = group.reference.features.get(name);
            const cur = group.current.features.get(name);
            const categorical = ref.kind === 'categorical' || config.categorical.includes(name);
            if (ref.present === 0 || cur.present === 0)
                continue;
            if (ref.kind === 'numeric' && cur.kind === 'categorical' && !categorical)
                continue;
            const t = categorical
                ? compareCategories(config, ref, cur)
                : compareNumbers(config, ref, cur);
            t.row.slice = group.slice;
            tested.push(t);
        }
    for (const name of features) {
        const ref = reference.features.get(name);
        const cur = current.features.get(name);
        const categorical = ref.kind === 'categorical' || config.categorical.includes(name);
        if (!predictions?.has(name))
            rows.push(...qualityRows(config, ref, cur, categorical, reference.rows, current.rows));
        if (ref.kind === 'numeric' && cur.kind === 'categorical' && !categorical)
            continue;
        if (ref.present === 0 || cur.present === 0) {
            rows.push({
                feature: name,
                kind: 'drift',
                check: categorical ? 'chi-square' : 'KS',
                result: 'inconclusive',
                reason: `no values in the ${ref.present === 0 ? 'reference' : 'current data'}`,
            });
            continue;
        }
        tested.push(categorical ? compareCategories(config, ref, cur) : compareNumbers(config, ref, cur));
    }
    const adjusted = holm(tested.map((t) => t.row.pValue));
    tested.forEach((t, i) => {
        const row = t.row;
        row.adjusted = adjusted[i];
        const rejected = adjusted[i] < config.alpha;
        const effect = t.effectPast.length
            ? t.effectPast.join(', ')
            : `PSI ${fmt(row.psi)} ≤ ${config['max-psi']}`;
        const test = `${row.check} p ${fmtP(adjusted[i])} (Holm, α ${config.alpha})`;
        if (rejected && t.effectPast.length) {
            row.result = 'fail';
            row.decision = 'drifted';
            row.reason = `drifted: ${effect}; ${test}`;
        }
        else if (rejected) {
            row.result = 'pass';
            row.decision = 'a detectable but small shift';
            row.reason = `a detectable but small shift: ${effect}; ${test}`;
        }
        else if (t.effectPast.length) {
            row.result = 'inconclusive';
            row.decision = 'too little data to tell';
            row.reason = `${effect}, but the test cannot tell it from chance: ${test}`;
        }
        else {
            row.result = 'pass';
            row.decision = 'no drift shown';
            row.reason = `no drift shown: ${effect}; ${test}`;
        }
        rows.push(row);
    });
    const drifted = rows
        .filter((r) => r.kind === 'drift' && r.result === 'fail')
        .sort((a, b) => b.psi - a.psi)
        .map((r) => (r.slice ? `${r.feature} (${r.slice})` : r.feature));
    const verdict = rows.some((r) => r.result === 'fail')
        ? 'fail'
        : rows.some((r) => r.result === 'inconclusive')
            ? 'inconclusive'
            : 'pass';
    return {
        verdict,
        rows,
        drifted,
        settings: config,
        reference: { path: reference.path, rows: reference.rows },
        current: { path: current.path, rows: current.rows },
    };
}
function numericReference(feature) {
    if (feature.sorted) {
        const sorted = feature.sorted;
        return {
            n: sorted.length,
            min: sorted[0],
            max: sorted[sorted.length - 1],
            quantile: (q) => quantileSorted(sorted, q),
            atOrBelow: (x) => countAtOrBelow(sorted, x),
        };
    }
    const { quantiles, atOrBelow } = feature.grid;
    const last = quantiles.length - 1;
    // The grid point at or below x (−1 below the minimum).
    const below = (x) => countAtOrBelow(quantiles, x) - 1;
    return {
        n: feature.present,
        min: quantiles[0],
        max: quantiles[last],
        quantile: (q) => {
            // Snapped, so a quantile on the grid (a decile) is its grid point exactly.
            const position = Math.round(q * last * 1e6) / 1e6;
            const k = Math.floor(position);
            return k >= last
                ? quantiles[last]
                : quantiles[k] + (quantiles[k + 1] - quantiles[k]) * (position - k);
        },
        atOrBelow: (x) => {
            const k = below(x);
            return k < 0 ? 0 : atOrBelow[k];
        },
    };
}
function compareNumbers(config, ref, cur) {
    const reference = numericReference(ref);
    const b = cur.sorted;
    const statistic = ref.sorted
        ? ksStatistic(ref.sorted, b)
        : sketchKsStatistic(reference, ref.grid.quantiles, b);
    const pValue = ksPValue(statistic, reference.n, b.length);
    const edges = [];
    for (let i = 1; i < config.bins; i++) {
        const edge = reference.quantile(i / config.bins);
        if (edges.length === 0 || edge > edges[edges.length - 1])
            edges.push(edge);
    }
    const below = edges.map((e) => reference.atOrBelow(e));
    const r = [...below, reference.n].map((count, i) => count - (i === 0 ? 0 : below[i - 1]));
    const c = binCounts(b, edges);
    const labels = r.map((_, i) => edges.length === 0
        ? 'all'
        : i === edges.length
            ? `>${evaluate_drift_short(edges[i - 1])}`
            : `≤${evaluate_drift_short(edges[i])}`);
    const row = binnedRow(ref.name, 'KS', statistic, pValue, r, c, labels);
    const effectPast = effects(config, row);
    if (config['max-ks'] !== undefined && statistic > config['max-ks'])
        effectPast.push(`KS D ${fmt(statistic)} > ${config['max-ks']}`);
    return { row, effectPast };
}
/**
 * D against a sketch: |F_ref − F_cur| at every grid point (F_ref exact there) and at every
 * distinct current value (F_ref from the grid point below it).
 */
function sketchKsStatistic(reference, grid, b) {
    const n2 = b.length;
    let d = 0;
    for (const q of grid)
        d = Math.max(d, Math.abs(reference.atOrBelow(q) / reference.n - countAtOrBelow(b, q) / n2));
    for (let j = 0; j < n2;) {
        const x = b[j];
        while (j < n2 && b[j] === x)
            j++;
        d = Math.max(d, Math.abs(reference.atOrBelow(x) / reference.n - j / n2));
    }
    return d;
}
function compareCategories(config, ref, cur) {
    const refCounts = ref.counts ?? countsOfNumbers(ref);
    const curCounts = cur.counts ?? countsOfNumbers(cur);
    const labels = [...new Set([...refCounts.keys(), ...curCounts.keys()])].sort();
    const r = labels.map((k) => refCounts.get(k) ?? 0);
    const c = labels.map((k) => curCounts.get(k) ?? 0);
    const test = chiSquareHomogeneity(r, c);
    const row = binnedRow(ref.name, 'chi-square', test.statistic, test.pValue, r, c, labels);
    return { row, effectPast: effects(config, row) };
}
/** A numeric feature's values as categories (each value's count, written as JavaScript does). */
function countsOfNumbers(feature) {
    const counts = new Map();
    for (const v of feature.sorted ?? [])
        counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    return counts;
}
function binnedRow(feature, check, statistic, pValue, r, c, labels) {
    const total = (xs) => xs.reduce((s, x) => s + x, 0);
    const [rt, ct] = [total(r), total(c)];
    return {
        feature,
        kind: 'drift',
        check,
        result: 'pass',
        reason: '',
        statistic,
        pValue,
        psi: psi(r, c),
        js: jensenShannon(r, c),
        bins: { labels, reference: r.map((x) => x / rt), current: c.map((x) => x / ct) },
    };
}
function effects(config, row) {
    const past = [];
    if (row.psi > config['max-psi'])
        past.push(`PSI ${fmt(row.psi)} > ${config['max-psi']}`);
    if (config['max-js'] !== undefined && row.js > config['max-js'])
        past.push(`Jensen–Shannon ${fmt(row.js)} > ${config['max-js']}`);
    return past;
}
function qualityRows(config, ref, cur, categorical, refRows, curRows) {
    const rows = [];
    const quality = (check, value, limit, what) => ({
        feature: ref.name,
        kind: 'quality',
        check,
        value,
        limit,
        result: value > limit ? 'fail' : 'pass',
        reason: `${what} (limit ${limit})`,
    });
    const refMissing = ref.missing / refRows;
    const curMissing = cur.missing / curRows;
    rows.push(quality('missing values', curMissing - refMissing, config['max-missing-increase'], `${pct(curMissing)} missing, ${pct(refMissing)} in the reference`));
    if (ref.kind === 'numeric' && cur.kind === 'categorical' && !categorical) {
        const example = [...cur.counts.keys()].find((k) => !Number.isFinite(Number(k)));
        rows.push({
            feature: ref.name,
            kind: 'quality',
            check: 'type',
            result: 'fail',
            reason: `type changed: numbers in the reference, text in the current data (${JSON.stringify(example)})`,
        });
        return rows;
    }
    if (cur.present === 0)
        return rows;
    if (categorical) {
        const known = ref.counts ?? countsOfNumbers(ref);
        const seen = cur.counts ?? countsOfNumbers(cur);
        let fresh = 0;
        const examples = [];
        for (const [value, count] of seen)
            if (!known.has(value)) {
                fresh += count;
                if (examples.length < 3)
                    examples.push(JSON.stringify(value));
            }
        rows.push(quality('new categories', fresh / cur.present, config['max-new-categories'], fresh
            ? `${pct(fresh / cur.present)} of rows have a category the reference never had (${examples.join(', ')})`
            : 'no new categories'));
    }
    else if (ref.present > 0) {
        const { min, max } = numericReference(ref);
        const values = cur.sorted;
        let outside = 0;
        for (let i = 0; i < values.length && values[i] < min; i++)
            outside++;
        for (let i = values.length - 1; i >= 0 && values[i] > max; i--)
            outside++;
        rows.push(quality('out of range', outside / values.length, config['max-out-of-range'], `${pct(outside / values.length)} of values outside the reference's [${fmt(min)}, ${fmt(max)}]`));
    }
    return rows;
}
const fmt = (v) => Number.isInteger(v) ? String(v) : Math.abs(v) >= 1e-3 ? v.toPrecision(3) : v.toExponential(2);
const fmtP = (p) => p >= 1e-3 ? p.toPrecision(2) : p > 0 ? p.toExponential(1) : '< 1e-16';
const pct = (share) => `${+(share * 100).toPrecision(3)}%`;
/** A bin edge in a few characters, for a chart's axis: 0.25, 31, 1.4k, 2.2M. */
function evaluate_drift_short(v) {
    const abs = Math.abs(v);
    if (abs >= 1e6)
        return `${+(v / 1e6).toPrecision(2)}M`;
    if (abs >= 1e3)
        return `${+(v / 1e3).toPrecision(2)}k`;
    return String(+v.toPrecision(2));
}

;// CONCATENATED MODULE: ./src/drift/render-drift.ts
/**
 * The drift and data-quality gates for people: drifted features first, each with its
 * test, statistic, Holm-adjusted p-value, PSI and Jensen–Shannon distance against the
 * limits and the decision; failing quality checks; then, per drifted feature, the
 * reference's binned shares as bars (from zero) with the current data's as a line.
 */


const ICONS = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' };
const RANK = { fail: 0, inconclusive: 1, pass: 2 };
function renderDriftSection(drift) {
    const tests = drift.rows
        .filter((r) => r.kind === 'drift')
        .sort((a, b) => RANK[a.result] - RANK[b.result] || (b.psi ?? 0) - (a.psi ?? 0));
    const quality = drift.rows.filter((r) => r.kind === 'quality');
    const failing = quality.filter((r) => r.result !== 'pass');
    const s = drift.settings;
    const head = `### Data drift: ${drift.drifted.length ? `${drift.drifted.length} drifted (${drift.drifted.map(summary/* text */.Qq).join(', ')})` : 'no feature drifted'}\n\n` +
        `Reference ${(0,summary/* code */.aY)(drift.reference.path)} (${drift.reference.rows} rows) → current ${(0,summary/* code */.aY)(drift.current.path)} (${drift.current.rows} rows). ` +
        `A feature drifts when its test rejects at family-wise α ${s.alpha} (Holm) **and** its PSI is past ${s['max-psi']}` +
        `${s['max-js'] !== undefined ? ` or its Jensen–Shannon distance past ${s['max-js']}` : ''}` +
        `${s['max-ks'] !== undefined ? ` or its KS statistic past ${s['max-ks']}` : ''}.\n\n`;
    const testTable = (0,summary/* table */.tp)(['result', 'feature', 'test', 'statistic', 'p (Holm)', 'PSI', 'Jensen–Shannon', 'decision'], tests.map((r) => [
        ICONS[r.result],
        (0,summary/* text */.Qq)(r.slice ? `${r.feature} (${r.slice})` : r.feature),
        r.check,
        r.statistic === undefined ? undefined : fmt(r.statistic),
        r.adjusted === undefined ? undefined : fmtP(r.adjusted),
        r.psi === undefined ? undefined : fmt(r.psi),
        r.js === undefined ? undefined : fmt(r.js),
        (0,summary/* text */.Qq)(r.decision ?? r.reason),
    ]));
    const qualityPart = failing.length
        ? `\n**Data quality:** ${failing.length} of ${quality.length} checks fail\n\n` +
            (0,summary/* table */.tp)(['result', 'feature', 'check', 'measured', 'limit', 'detail'], failing.map((r) => [
                ICONS[r.result],
                (0,summary/* text */.Qq)(r.feature),
                r.check,
                r.value === undefined ? undefined : fmt(r.value),
                r.limit,
                (0,summary/* text */.Qq)(r.reason),
            ]))
        : `\n**Data quality:** all ${quality.length} checks pass (missing values, new categories, range, type).\n`;
    const untested = drift.untested?.length
        ? `\n_Slices not tested (fewer than ${s['min-count']} rows on a side): ${drift.untested.map(summary/* text */.Qq).join(', ')}._\n`
        : '';
    const charts = tests
        .filter((r) => r.result !== 'pass' && r.bins)
        .slice(0, 10)
        .map(chart)
        .join('\n');
    return head + testTable + untested + qualityPart + (charts ? `\n${charts}` : '');
}
/** Reference shares as grey bars from zero, current shares as a red line, per bin. */
function chart(row) {
    const bins = row.bins;
    const top = Math.max(...bins.reference, ...bins.current) * 1.1 || 1;
    const label = (s) => `"${s.replace(/"/g, "'").slice(0, 18)}"`;
    const round = (v) => +v.toFixed(4);
    return ('```mermaid\n%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#8c959f, #cf222e"}}}}%%\nxychart-beta\n' +
        `  title "${(row.slice ? `${row.feature} (${row.slice})` : row.feature).replace(/"/g, "'")}: reference (grey bars) vs current (red line), share of rows"\n` +
        `  x-axis [${bins.labels.map(label).join(', ')}]\n` +
        `  y-axis "share" 0 --> ${round(top)}\n` +
        `  bar [${bins.reference.map(round).join(', ')}]\n` +
        `  line [${bins.current.map(round).join(', ')}]\n` +
        '```\n');
}
/** Drift rows for the step's failure line. */
function driftFailures(drift, result) {
    return drift.rows
        .filter((r) => r.result === result)
        .map((r) => `${r.feature}${r.slice ? ` [${r.slice}]` : ''} (${r.check}): ${r.reason}`);
}

;// CONCATENATED MODULE: ./src/gate/forest-plot.ts


const WIDTH = 36;
const LABEL = 22;
const MARK = { pass: '✅', fail: '❌', inconclusive: '⚠️', skipped: '➖' };
/** The plot (a fenced text block per metric), or '' when no regression gate has a change. */
function renderForestPlot(rows) {
    const plotted = rows.filter((r) => r.kind === 'regression' && r.delta !== undefined);
    if (plotted.length === 0)
        return '';
    const metrics = [...new Set(plotted.map((r) => r.metric))];
    return metrics.map((metric) => block(plotted.filter((r) => r.metric === metric))).join('\n');
}
function block(rows) {
    // Right is better: a lower-is-better metric's change is turned around.
    const better = rows[0].direction === 'higher' ? 1 : -1;
    const points = rows.map((r) => {
        const bound = better > 0 ? r.interval?.lower : r.interval?.upper;
        return {
            row: r,
            change: better * r.delta,
            bound: bound === undefined ? undefined : better * bound,
            margin: r.margin === undefined ? undefined : -r.margin,
        };
    });
    const values = points.flatMap((p) => [p.change, p.bound, p.margin, 0]);
    const finite = values.filter((v) => v !== undefined && Number.isFinite(v));
    let low = Math.min(...finite);
    let high = Math.max(...finite);
    const pad = (high - low || Math.abs(high) || 1) * 0.1;
    low -= pad;
    high += pad;
    const at = (v) => Math.max(0, Math.min(WIDTH - 1, Math.round(((v - low) / (high - low)) * (WIDTH - 1))));
    const zero = at(0);
    const margin = points.find((p) => p.margin !== undefined)?.margin;
    const lines = points.map((p) => {
        const cells = Array.from({ length: WIDTH }, () => ' ');
        if (p.bound !== undefined && Number.isFinite(p.bound)) {
            for (let i = at(p.bound); i < WIDTH; i++)
                cells[i] = '─';
            cells[WIDTH - 1] = '▶';
        }
        // The lines stay visible through an interval: crossing the margin is the point.
        if (margin !== undefined)
            cells[at(margin)] = '┊';
        cells[zero] = '│';
        if (p.bound !== undefined && Number.isFinite(p.bound))
            cells[at(p.bound)] = '[';
        cells[at(p.change)] = '●';
        // Inside a fenced block: nothing in a slice value may close the fence or break the line.
        const label = `${p.row.slice ?? 'all'}`
            .replace(/[`\r\n]/g, "'")
            .slice(0, LABEL)
            .padEnd(LABEL);
        const numbers = `Δ ${signed(p.row.delta)}${p.bound !== undefined ? `, bound ${signed(better * p.bound)}` : ''}`;
        return `${label} ${cells.join('')}  ${MARK[p.row.result]} ${numbers}`;
    });
    const title = `${(0,summary/* text */.Qq)(rows[0].metric)}: change against the baseline, ← worse · better →` +
        (margin !== undefined
            ? ` (┊ margin ${signed(better * margin)}, │ no change)`
            : ' (│ no change)');
    const axis = `${' '.repeat(LABEL)} ${signed(better * low).padEnd(WIDTH / 2)}${signed(better * high).padStart(WIDTH / 2)}`;
    return `${title}\n\n\`\`\`text\n${lines.join('\n')}\n${axis}\n\`\`\`\n`;
}

;// CONCATENATED MODULE: ./src/gate/render-summary.ts
/**
 * The gate's report for people: the verdict first, then one table with every gate,
 * then a forest plot of the regression gates (change, interval, margin) and all metrics. The same
 * Markdown serves the job summary, the check run and the PR comment; the latter two
 * are cut to GitHub's size limits with a pointer to the full summary.
 */




const render_summary_ICONS = {
    pass: '✅ pass',
    fail: '❌ fail',
    inconclusive: '⚠️ inconclusive',
    skipped: '➖ skipped',
};
/** The verdict line: `## ✅ Model gate: pass — 2 pass, 4 skipped (first release)`. */
function renderVerdict({ evaluation, firstRelease, drift }, title = 'Model gate') {
    const all = [...evaluation.results, ...(drift?.rows ?? [])];
    const counts = ['fail', 'inconclusive', 'pass', 'skipped']
        .map((result) => [result, all.filter((r) => r.result === result).length])
        .filter(([, n]) => n > 0)
        .map(([result, n]) => `${n} ${result}`);
    const icon = { pass: '✅', fail: '❌', inconclusive: '⚠️' }[evaluation.verdict];
    const first = firstRelease ? ' (first release: no live model to compare with)' : '';
    return `## ${icon} ${title}: ${evaluation.verdict} — ${counts.join(', ') || 'no gates'}${first}\n`;
}
/**
 * The whole report. With `maxLength`, later sections are dropped and then gate rows
 * cut until it fits, ending with `moreAt` (a link to the full summary).
 */
function renderGateSummary(input, options = {}) {
    const head = (options.header ?? '') +
        renderVerdict(input, options.title) +
        (options.byline ? `\n${options.byline}\n` : '') +
        '\n' +
        facts(input) +
        loosenedSection(input);
    const rows = input.evaluation.results;
    // Drifted features come first; data that did not drift is reported after the gates.
    const drift = input.drift ? renderDriftSection(input.drift) : '';
    const driftFirst = input.drift && input.drift.verdict !== 'pass';
    const sections = [
        ...(driftFirst ? [] : [drift]),
        reasons(rows),
        testsSection(rows),
        forestSection(input),
        metricsSection(input),
        bootstrapNote(input),
    ];
    const gatePart = (shown, more = '') => (driftFirst ? `${drift}\n` : '') +
        (shown.length || !input.drift ? gateTable(shown) + more : '');
    const full = [head, gatePart(rows), ...sections].join('\n');
    const limit = options.maxLength;
    if (!limit || full.length <= limit)
        return full;
    const pointer = `\n_Trimmed to fit; the full report is in the job summary${options.moreAt ? `: ${options.moreAt}` : ''}._\n`;
    for (let keep = sections.length - 1; keep >= 0; keep--) {
        const text = [head, gatePart(rows), ...sections.slice(0, keep)].join('\n') + pointer;
        if (text.length <= limit)
            return text;
    }
    // Failing and undecided rows first, then as many rows as fit.
    const order = [...rows].sort((a, b) => rank(a) - rank(b));
    let count = order.length;
    let text = '';
    do {
        count = Math.floor(count * 0.8);
        const more = `\n_…and ${order.length - count} more gates._\n`;
        text = [head, gatePart(order.slice(0, count), more)].join('\n') + pointer;
    } while (text.length > limit && count > 0);
    return text.length <= limit ? text : text.slice(0, limit);
}
/** Kept in the head, so a trimmed PR comment still shows it. */
function loosenedSection({ loosened }) {
    if (!loosened || loosened.lines.length === 0)
        return '';
    return (`\n> [!WARNING]\n> **Gates loosened since the live release** (${loosened.release} passed stricter ones):\n` +
        loosened.lines.map((line) => `> - ${(0,summary/* text */.Qq)(line)}`).join('\n') +
        '\n');
}
function rank(row) {
    return { fail: 0, inconclusive: 1, pass: 2, skipped: 3 }[row.result];
}
function facts({ candidate, baseline, noBaseline }) {
    const task = candidate.task
        ? ` · ${candidate.task}${candidate.taskReason ? ` (inferred: ${candidate.taskReason})` : ''}`
        : '';
    const n = candidate.overall.n !== undefined ? ` · ${candidate.overall.n} examples` : '';
    const against = baseline ? (0,summary/* code */.aY)(baseline.source) : `none (${noBaseline ?? 'not given'})`;
    return `**Candidate** ${(0,summary/* code */.aY)(candidate.source)}${task}${n}  \n**Baseline** ${against}\n`;
}
function gateTable(rows) {
    // The result first: a PR comment is narrow, and it is what a reader looks for.
    return (0,summary/* table */.tp)(['result', 'metric', 'slice', 'candidate', 'baseline', 'delta', 'interval', 'threshold'], rows.map((r) => [
        render_summary_ICONS[r.result],
        (0,summary/* text */.Qq)(r.kind === 'regression' ? `${r.metric} vs baseline` : r.metric),
        r.slice ? `${(0,summary/* text */.Qq)(r.slice)}${r.n !== undefined ? ` (n=${r.n})` : ''}` : 'all',
        r.candidate === undefined ? undefined : format(r.candidate),
        r.baseline === undefined ? undefined : format(r.baseline),
        r.delta === undefined ? undefined : signed(r.delta),
        intervalText(r),
        r.threshold,
    ]));
}
function intervalText(row) {
    const interval = row.interval;
    if (!interval)
        return undefined;
    const bound = row.direction === 'higher' ? interval.lower : interval.upper;
    if (bound === undefined)
        return undefined;
    return `${row.direction === 'higher' ? '≥' : '≤'} ${signed(bound)} (${Math.round(interval.confidence * 100)}%)`;
}
function reasons(rows) {
    const notable = rows.filter((r) => r.result !== 'pass');
    if (notable.length === 0)
        return '';
    return (notable
        .map((r) => `- ${render_summary_ICONS[r.result].split(' ')[0]} **${(0,summary/* text */.Qq)(r.metric)}**${r.slice ? ` (${(0,summary/* text */.Qq)(r.slice)})` : ''}: ${(0,summary/* text */.Qq)(r.reason)}`)
        .join('\n') + '\n');
}
/**
 * What each significance test can see (standard error, the regression it detects with 80%
 * power, the examples the margin would need), the chance that all slices of a gate pass
 * when nothing changed, and a warning for point comparisons.
 */
function testsSection(rows) {
    const lines = [];
    const tested = rows.filter((r) => r.kind === 'regression' && r.test?.se !== undefined && r.threshold.includes('significance'));
    if (tested.length > 0) {
        lines.push((0,summary/* table */.tp)([
            'metric',
            'slice',
            'test',
            'rows',
            'standard error',
            'detects (80% power)',
            'margin',
            'rows for the margin',
        ], tested.map((r) => [
            (0,summary/* text */.Qq)(r.metric),
            r.slice ? (0,summary/* text */.Qq)(r.slice) : 'all',
            METHOD_NAMES[r.test.method],
            String(r.test.n),
            format(r.test.se),
            r.test.detectable === undefined ? undefined : format(r.test.detectable),
            r.test.margin === undefined ? undefined : format(r.test.margin),
            r.test.nNeeded === undefined ? undefined : String(r.test.nNeeded),
        ])));
        const bySlicedGate = new Map();
        for (const r of tested)
            if (r.slice)
                bySlicedGate.set(r.metric, [...(bySlicedGate.get(r.metric) ?? []), r]);
        for (const [metric, slices] of bySlicedGate) {
            if (slices.length < 2)
                continue;
            const all = slices.reduce((p, r) => p * (r.test.passIfUnchanged ?? 1), 1);
            lines.push(`_${metric}: if nothing changed, all ${slices.length} slices would pass with probability ${(all * 100).toFixed(1)}%._`);
        }
    }
    const points = rows.filter((r) => r.kind === 'regression' && r.reason.includes('a point comparison')).length;
    if (points > 0)
        lines.push(`> [!NOTE]\n> ${points} regression gate${points > 1 ? 's are point comparisons' : ' is a point comparison'} (no significance test): noise on this test set decides ${points > 1 ? 'them' : 'it'}.`);
    return lines.length > 0 ? `### What the tests can see\n\n${lines.join('\n\n')}\n` : '';
}
/** The regression gates' changes with their intervals against the margin (a forest plot). */
function forestSection({ evaluation }) {
    const plot = renderForestPlot(evaluation.results);
    return plot ? `### Change against the baseline\n\n${plot}` : '';
}
function metricsSection({ candidate, baseline }) {
    const names = Object.keys({ ...candidate.overall.values, ...candidate.overall.notes });
    const rows = names.map((name) => {
        const c = candidate.overall.values[name];
        const b = baseline?.overall.values[name];
        return [
            (0,summary/* text */.Qq)(name),
            c === undefined ? (0,summary/* text */.Qq)(candidate.overall.notes[name]) : format(c),
            b === undefined ? undefined : format(b),
            c !== undefined && b !== undefined ? signed(c - b) : undefined,
        ];
    });
    return (0,summary/* details */.zH)(`All metrics (${rows.length})`, (0,summary/* table */.tp)(['metric', 'candidate', 'baseline', 'delta'], rows));
}
function bootstrapNote({ evaluation }) {
    const info = evaluation.bootstrap;
    if (info) {
        const unpaired = info.candidateOnly + info.baselineOnly > 0
            ? `; ${info.candidateOnly} only in the candidate, ${info.baselineOnly} only in the baseline`
            : '';
        return `_Intervals: one-sided ${Math.round(info.confidence * 1000) / 10}% over ${info.pairs} examples in both${unpaired}; the paired bootstrap draws ${info.resamples} resamples (seed ${info.seed})._\n`;
    }
    return evaluation.intervalsUnavailable
        ? `_No intervals: ${evaluation.intervalsUnavailable}._\n`
        : '';
}
/** The step's one failure line: `verdict fail: accuracy (region=eu): 0.87 is below …; …` */
function renderFailureLine(evaluation, drift) {
    const rows = evaluation.results.filter((r) => r.result === evaluation.verdict);
    const reasons = [
        ...(drift ? driftFailures(drift, evaluation.verdict) : []),
        ...rows.map((r) => `${r.metric}${r.slice ? ` (${r.slice})` : ''}: ${r.reason}`),
    ];
    return `verdict ${evaluation.verdict}: ${reasons.join('; ')}`;
}

;// CONCATENATED MODULE: ./src/gate/publish-gate.ts


/** Publishes the check run and the comment the options ask for (on pull requests only). */
async function publishGate(summary, options) {
    const { pr, checkName } = options;
    const published = { warnings: [] };
    if (!pr) {
        if (options.comment === 'true')
            published.warnings.push('comment: true needs a pull_request event; no comment was posted');
        return published;
    }
    const comment = options.comment !== 'false';
    if (!checkName && !comment)
        return published;
    if (pr.fork) {
        published.warnings.push('pull request from a fork: its token is read-only, so no check run or comment was posted (the verdict is in the job summary)');
        return published;
    }
    const client = options.client();
    const title = checkName || 'Model gate';
    // A comment outlives the push it is about: say which commit and which run.
    const byline = `_Commit \`${pr.headSha.slice(0, 7)}\`${options.runUrl ? ` · [workflow run](${options.runUrl})` : ''}_`;
    if (checkName) {
        const verdict = summary.evaluation.verdict;
        const result = await withPermission('checks: write', `create the "${checkName}" check run`, () => publishCheckRun(client, { owner: pr.owner, repo: pr.repo, sha: pr.headSha }, {
            name: checkName,
            conclusion: verdict === 'pass' ? 'success' : verdict === 'fail' ? 'failure' : 'neutral',
            title: `${verdict}: ${summary.evaluation.failedGates.length} failed gate(s)`,
            summary: renderGateSummary(summary, {
                title,
                byline,
                maxLength: GITHUB_TEXT_LIMIT,
                moreAt: options.runUrl,
            }),
            detailsUrl: options.runUrl,
        }));
        published.checkRunId = result.value;
        if (result.warning)
            published.warnings.push(result.warning);
    }
    if (comment) {
        const marker = stickyMarker(`evaluate-gate:${title}`);
        const body = renderGateSummary(summary, {
            title,
            byline,
            maxLength: GITHUB_TEXT_LIMIT - marker.length - 1,
            moreAt: options.runUrl,
        });
        const result = await withPermission('pull-requests: write', 'comment on the pull request', () => upsertStickyComment(client, pr, marker, body));
        published.commentId = result.value?.id;
        if (result.warning)
            published.warnings.push(result.warning);
    }
    return published;
}

// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(2420);
;// CONCATENATED MODULE: ./src/metrics/metrics-file.ts
/**
 * Metrics JSON files: `{"accuracy": 0.93, "latency_p95_ms": 41}`, or
 * `{"metrics": {...}, "slices": {"region=eu": {...}}}`. Non-numeric values are refused
 * with the key that holds them.
 */


/** Reads and checks a metrics JSON file; `input` names the input for errors. */
async function readMetricsFile(path, input) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(input, `${path}: ${(0,errors/* describeError */.U)(error)}`);
    }
    return parseMetricsObject(parsed, `${path}`, input);
}
/** Checks an already-parsed metrics object (a file's, or one recorded in a release). */
function parseMetricsObject(value, where, input) {
    const fail = (problem) => {
        throw new errors/* ConfigurationError */.j(input, `${where}: ${problem}`);
    };
    if (!isObject(value))
        return fail('is not a JSON object of metrics');
    const nested = isObject(value.metrics);
    const metrics = numbers(nested ? value.metrics : value, nested ? 'metrics' : '', fail);
    const slices = {};
    if (nested && value.slices !== undefined) {
        if (!isObject(value.slices))
            fail("'slices' is not an object");
        for (const [key, entry] of Object.entries(value.slices)) {
            if (!/^[^=]+=/.test(key))
                fail(`slice key '${key}' is not column=value`);
            slices[key] = numbers(entry, `slices.${key}`, fail);
        }
    }
    const counts = {};
    if (nested && value.counts !== undefined) {
        if (!isObject(value.counts))
            fail("'counts' is not an object");
        for (const [name, entry] of Object.entries(value.counts)) {
            const { events, total } = numbers(entry, `counts.${name}`, fail);
            if (!(Number.isInteger(events) && Number.isInteger(total) && events >= 0 && events <= total))
                fail(`'counts.${name}' is not {events, total} with 0 ≤ events ≤ total`);
            counts[name] = { events, total };
        }
    }
    return { metrics, slices, ...(Object.keys(counts).length ? { counts } : {}) };
}
function numbers(value, path, fail) {
    if (!isObject(value))
        return fail(`'${path}' is not an object`);
    const out = {};
    for (const [name, metric] of Object.entries(value)) {
        if (!path && (name === 'slices' || name === 'metrics' || name === 'counts'))
            continue;
        if (typeof metric !== 'number' || !Number.isFinite(metric))
            fail(`'${path ? `${path}.` : ''}${name}' is not a number (got ${JSON.stringify(metric)})`);
        out[name] = metric;
    }
    return out;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(6070);
;// CONCATENATED MODULE: ./src/metrics/predictions.ts
/**
 * Reads a predictions file (CSV with a header row, or JSON Lines) as a stream, one row
 * at a time, into typed columns: the label, the prediction, one score or per-class
 * scores (columns sharing a prefix such as `score_`), the example id and slice columns.
 *
 * Over 300 lines because it holds the two readers (a quote-free CSV split in batches, the
 * fast path; csv-parse and JSON Lines otherwise), which must agree row for row.
 */






/** True when a path names a predictions file rather than a metrics JSON file. */
function isPredictionsFile(path) {
    return /\.(csv|tsv|jsonl|ndjson)$/i.test(path);
}
/**
 * Reads `path` into a PredictionTable. `input` names the action input the path came
 * from, for error messages.
 */
async function readPredictions(path, names, input) {
    const fail = (problem) => {
        throw new errors/* ConfigurationError */.j(input, `${path}: ${problem}`);
    };
    const isJsonLines = /\.(jsonl|ndjson)$/i.test(path);
    let reader;
    try {
        reader = await openRows(path, isJsonLines);
    }
    catch (error) {
        return fail((0,errors/* describeError */.U)(error));
    }
    const { header, rows } = reader;
    if (!header.includes(names.label))
        fail(`has no '${names.label}' column (columns: ${header.join(', ') || 'none'})`);
    const scoreLayout = findScoreColumns(header, names.score);
    const hasPrediction = header.includes(names.prediction);
    const label = new ValueColumn();
    const prediction = hasPrediction ? new ValueColumn() : undefined;
    const score = scoreLayout.single ? new NumberColumn() : undefined;
    const classScores = scoreLayout.perClass.map((column) => ({
        ...column,
        data: new NumberColumn(),
    }));
    const ids = header.includes(names.id) ? [] : undefined;
    const sliceNames = names.slices.filter((name) => header.includes(name));
    const slices = sliceNames.map(() => new CategoryColumn());
    // Column positions are resolved once; rows arrive in batches (no per-row await).
    const at = (name) => header.indexOf(name);
    const labelAt = at(names.label);
    const predictionAt = at(names.prediction);
    const scoreAt = at(names.score);
    const classAt = classScores.map((c) => at(c.column));
    const idAt = at(names.id);
    const sliceAt = sliceNames.map(at);
    let row = 0;
    try {
        for await (const batch of rows)
            for (const record of batch) {
                row++;
                const rawLabel = record[labelAt] ?? '';
                if (rawLabel.trim() === '')
                    fail(`row ${row}: '${names.label}' is empty`);
                label.push(rawLabel);
                if (prediction) {
                    const raw = record[predictionAt] ?? '';
                    if (raw.trim() === '')
                        fail(`row ${row}: '${names.prediction}' is empty`);
                    prediction.push(raw);
                }
                if (score)
                    score.push(parseScore(record[scoreAt], names.score, row, fail));
                for (let i = 0; i < classScores.length; i++)
                    classScores[i].data.push(parseScore(record[classAt[i]], classScores[i].column, row, fail));
                if (ids)
                    ids.push(record[idAt] ?? '');
                for (let i = 0; i < sliceNames.length; i++)
                    slices[i].push(record[sliceAt[i]] ?? '');
            }
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j)
            throw error;
        fail(`row ${row + 1}: ${(0,errors/* describeError */.U)(error)}`);
    }
    if (row === 0)
        fail('has no rows');
    if (!prediction && !score && classScores.length === 0)
        fail(`has neither a '${names.prediction}' column nor '${names.score}' score columns`);
    return {
        path,
        rows: row,
        ids,
        label,
        prediction,
        score: score?.values(),
        classScores: classScores.map((c) => ({ className: c.className, values: c.data.values() })),
        slices: new Map(sliceNames.map((name, i) => [
            name,
            { codes: slices[i].values(), dictionary: slices[i].dictionary },
        ])),
    };
}
function parseScore(raw, column, row, fail) {
    const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(value))
        fail(`row ${row}: '${column}' is not a number (got '${raw ?? ''}')`);
    return value;
}
/**
 * `score` names one column when the file has it; otherwise it is a prefix of per-class
 * columns (`score` matches `score_cat`, `score_dog`; `p.` matches `p.cat`).
 */
function findScoreColumns(header, score) {
    if (header.includes(score))
        return { single: true, perClass: [] };
    const prefix = /[_\-.:]$/.test(score) ? score : `${score}_`;
    const perClass = header
        .filter((name) => name.startsWith(prefix) && name.length > prefix.length)
        .map((column) => ({ column, className: column.slice(prefix.length) }));
    return { single: false, perClass };
}
/** The header and batches of records, for CSV or JSON Lines. */
async function openRows(path, isJsonLines) {
    const open = async () => {
        const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
        await new Promise((resolve, reject) => {
            stream.once('open', () => resolve());
            stream.once('error', reject);
        });
        return stream;
    };
    if (isJsonLines)
        return openJsonLines(await open());
    const tabs = /\.tsv$/i.test(path);
    // Most predictions files quote nothing: those are split directly (a quick first pass
    // looks for a quote); any file with a quote character is read by csv-parse.
    if (await hasQuote(await open()))
        return openCsv(await open(), tabs);
    return openPlainCsv(await open(), tabs ? '\t' : ',');
}
async function hasQuote(stream) {
    try {
        for await (const chunk of stream)
            if (chunk.includes(0x22))
                return true;
        return false;
    }
    finally {
        stream.destroy();
    }
}
/**
 * CSV without quote characters: lines split at \n (\r\n too), fields at the delimiter,
 * a UTF-8 BOM dropped, blank lines skipped, a record whose field count differs from the
 * header's an error — what csv-parse does for such files.
 */
async function openPlainCsv(stream, delimiter) {
    const chunks = stream[Symbol.asyncIterator]();
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let carry = '';
    let header;
    let line = 0;
    const split = (text, final) => {
        const lines = (carry + text).split('\n');
        carry = final ? '' : (lines.pop() ?? '');
        const records = [];
        for (let raw of lines) {
            line++;
            if (raw.endsWith('\r'))
                raw = raw.slice(0, -1);
            if (raw === '')
                continue;
            const fields = raw.split(delimiter);
            if (!header) {
                if (fields[0].charCodeAt(0) === 0xfeff)
                    fields[0] = fields[0].slice(1);
                header = fields.map((f) => f.trim());
                continue;
            }
            if (fields.length !== header.length)
                throw new Error(`Invalid Record Length: expect ${header.length}, got ${fields.length} on line ${line}`);
            records.push(fields);
        }
        return records;
    };
    let pending = [];
    let done = false;
    while (!header && !done) {
        const next = await chunks.next();
        done = next.done === true;
        for (const record of split(done ? decoder.end() : decoder.write(next.value), done))
            pending.push(record);
    }
    async function* rows() {
        if (pending.length > 0)
            yield pending;
        pending = [];
        while (!done) {
            const next = await chunks.next();
            done = next.done === true;
            const batch = split(done ? decoder.end() : decoder.write(next.value), done);
            if (batch.length > 0)
                yield batch;
        }
    }
    return { header: header ?? [], rows: rows() };
}
async function openCsv(stream, tabs) {
    const parser = stream.pipe((0,lib/* parse */.qg)({ bom: true, skip_empty_lines: true, delimiter: tabs ? '\t' : ',' }));
    const records = parser[Symbol.asyncIterator]();
    const first = await records.next();
    const header = first.done ? [] : first.value.map((name) => name.trim());
    async function* rows() {
        for (;;) {
            const next = await records.next();
            if (next.done)
                return;
            yield [next.value];
        }
    }
    return { header, rows: rows() };
}
async function openJsonLines(stream) {
    const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
    let line = 0;
    const nextObject = async () => {
        for (;;) {
            const next = await lines.next();
            if (next.done)
                return undefined;
            line++;
            const text = next.value.trim();
            if (text === '')
                continue;
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                throw new Error(`line ${line} is not JSON`);
            }
            if (typeof value !== 'object' || value === null || Array.isArray(value))
                throw new Error(`line ${line} is not a JSON object`);
            return value;
        }
    };
    const first = await nextObject();
    const header = first ? Object.keys(first) : [];
    async function* rows() {
        for (let object = first; object; object = await nextObject()) {
            const current = object;
            yield [header.map((name) => jsonText(current[name]))];
        }
    }
    return { header, rows: rows() };
}
function jsonText(value) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return '';
    if (typeof value === 'boolean')
        return value ? '1' : '0';
    return typeof value === 'string' ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/gate/sides.ts




/** Reads a metrics file or predictions file into a Side. */
async function loadSide(path, options) {
    if (!isPredictionsFile(path))
        return sideFromMetrics(await readMetricsFile(path, options.input), path);
    const table = await readPredictions(path, options.columns, options.input);
    const inferred = options.task === 'auto' ? inferTask(table) : undefined;
    const task = inferred?.task ?? options.task;
    const dataset = buildDataset(table, task, options.input, options.positiveLabel);
    const evaluator = new MetricEvaluator(dataset);
    const overall = evaluator.compute();
    const slices = new Map();
    for (const [column, categories] of table.slices) {
        const rows = new Map();
        categories.codes.forEach((code, i) => {
            let list = rows.get(code);
            if (!list)
                rows.set(code, (list = []));
            list.push(i);
        });
        for (const [code, indices] of [...rows].sort((a, b) => a[0] - b[0])) {
            const metrics = new MetricEvaluator(selectRows(dataset, indices)).compute();
            slices.set(`${column}=${categories.dictionary[code]}`, {
                values: metrics.values,
                notes: metrics.notes,
                n: indices.length,
            });
        }
    }
    return {
        source: path,
        overall: { values: overall.values, notes: overall.notes, n: table.rows },
        slices,
        task,
        taskReason: inferred?.reason,
        predictions: { table, dataset, evaluator },
    };
}
/** A Side from metrics already computed (a metrics file, or a release's record). */
function sideFromMetrics(file, source) {
    const withCount = (values) => ({
        values,
        notes: {},
        n: values.n,
    });
    return {
        source,
        overall: withCount(file.metrics),
        slices: new Map(Object.entries(file.slices).map(([key, values]) => [key, withCount(values)])),
        ...(file.counts ? { counts: file.counts } : {}),
    };
}
/** The metrics JSON shape of a Side (what the report and the ledger record). */
function metricsOf(side) {
    return {
        metrics: side.overall.values,
        slices: Object.fromEntries([...side.slices].map(([key, set]) => [key, set.values])),
        ...(side.counts ? { counts: side.counts } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gate/baseline.ts
/**
 * The `baseline` input: a metrics or predictions file, `environment:<name>` (the release
 * of the model live there: its recorded predictions when it stored evidence, else its
 * metrics), or nothing. With no baseline the regression gates are skipped, and the
 * reason says why. An environment with nothing of the model live fails closed (SPEC §5):
 * a first release skips them, but a model live elsewhere (a typo such as
 * `environment:prodution`) fails them unless `allowMissing`.
 */




/** Reads the baseline named by the input; `openLedger` is only called for environments. */
async function resolveBaseline(input, options, openLedger, settings = { name: '', allowMissing: false }) {
    if (input === '')
        return { missing: 'no baseline given', missingResult: 'skipped' };
    if (!input.startsWith('environment:'))
        return { side: await loadSide(input, options) };
    const environment = input.slice('environment:'.length).trim();
    if (!environment)
        throw new errors/* ConfigurationError */.j('baseline', 'environment: needs a name', input);
    const ledger = openLedger();
    const name = settings.name || (await (0,ledger_ledger/* onlyLiveName */.ez)(ledger, environment, 'name'));
    const release = name ? await (0,ledger_ledger/* liveRelease */._8)(ledger, environment, name) : undefined;
    if (!release)
        return noneLive(ledger, environment, name, settings.allowMissing);
    const where = `release ${release.id} in ${environment}`;
    const recorded = await settings.readEvidence?.(release, options).catch((error) => {
        if (error instanceof errors/* ConfigurationError */.j)
            throw error;
        throw new errors/* ConfigurationError */.j('baseline', `cannot read the evidence ${release.evidence?.digest} of the live ${where}: ${error.message}`, input);
    });
    if (recorded)
        return {
            side: {
                ...recorded,
                source: `${where}: its predictions (evidence ${release.evidence?.digest})`,
            },
            release,
        };
    if (!release.gate?.metrics)
        return {
            missing: `the live ${where} recorded no gate metrics${release.gate?.ungated ? ' (it was deployed ungated)' : ''}${settings.allowMissing ? ' (allow-missing-baseline)' : '; set allow-missing-baseline: true to skip the regression gates'}`,
            missingResult: settings.allowMissing ? 'skipped' : 'fail',
            release,
        };
    const metrics = parseMetricsObject({ metrics: release.gate.metrics, slices: release.gate.slices ?? {} }, where, 'baseline');
    return { side: sideFromMetrics(metrics, `${where} (${release.image})`), release };
}
/** Nothing of `name` live in `environment`: a first release, or a baseline that is missing. */
async function noneLive(ledger, environment, name, allowMissing) {
    const nothing = `nothing ${name ? `of ${name} ` : ''}is live in ${environment}`;
    const elsewhere = await liveElsewhere(ledger, name);
    if (elsewhere.length === 0)
        return {
            missing: `first release: nothing ${name ? `of ${name} ` : ''}is live in any environment (${ledger.description})`,
            missingResult: 'skipped',
            firstRelease: true,
        };
    const where = name
        ? `it is live in ${elsewhere.map((e) => e.environment).join(', ')}`
        : elsewhere
            .map((e) => `${e.names.join(', ')} ${e.names.length > 1 ? 'are' : 'is'} live in ${e.environment}`)
            .join('; ');
    if (allowMissing)
        return { missing: `${nothing} (${where}; allow-missing-baseline)`, missingResult: 'skipped' };
    return {
        missing: `no baseline: ${nothing}, but ${where} (${ledger.description}); ` +
            'check the environment name, or set allow-missing-baseline: true',
        missingResult: 'fail',
    };
}
/** Environments with a live release of `name` (of any model without one), and what is live. */
async function liveElsewhere(ledger, name) {
    const found = [];
    for (const environment of (await ledger.environments()).sort()) {
        const names = (await (0,ledger_ledger/* liveNames */.Vu)(ledger, environment)).filter((n) => !name || n === name);
        if (names.length > 0)
            found.push({ environment, names });
    }
    return found;
}

// EXTERNAL MODULE: ./src/drift/config.ts
var config = __webpack_require__(5325);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/drift/reader-worker.ts
/**
 * Reads a plain CSV file's feature columns in a worker thread, so the reference and the
 * current datasets are parsed at once on two cores. The worker runs its function's own
 * source (as src/digest/workers.ts does): nothing from this module's scope, Node's modules
 * from `process.getBuiltinModule`, and the radix sort handed in as source. It reads what
 * readFeatures reads on the main thread, the same way: lines split at \n (\r\n too),
 * blank lines skipped, fields at the delimiter, a record whose field count differs from
 * the header's an error; a quote character anywhere sends the file back to the main
 * thread's csv-parse path.
 */


/** Reads `job` in a worker; `quoted` when the file needs the csv-parse path. */
function readInWorker(job) {
    const worker = new external_node_worker_threads_.Worker(`globalThis.modelgateSortFloat64 = (${sortFloat64.toString()});\n(${featureReaderWorker.toString()})()`, 
    // A small young generation: the parsed lines are garbage at once; it keeps RSS down.
    { eval: true, workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    return new Promise((resolve, reject) => {
        worker.once('message', (reply) => {
            resolve(reply);
            void worker.terminate();
        });
        worker.once('error', reject);
        // Ended without an answer (killed, out of memory): never wait for one.
        worker.once('exit', (code) => reject(new Error(`the file reader stopped (exit code ${code})`)));
    });
}
/* istanbul ignore next -- runs in a worker from its source */
function featureReaderWorker() {
    const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const { StringDecoder } = process.getBuiltinModule('node:string_decoder');
    const job = workerData;
    const sort = globalThis.modelgateSortFloat64;
    const n = job.positions.length;
    // Room for the expected rows once a column shows it holds numbers (a categorical one never does).
    const data = job.positions.map(() => new Float64Array(1024));
    const filled = job.positions.map(() => 0);
    const missing = job.positions.map(() => 0);
    const counts = job.positions.map(() => new Map());
    const tooMany = job.positions.map(() => false);
    const MISSING = new Set(['', 'NA', 'NaN', 'null']);
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(1 << 20);
    let carry = '';
    let header = false;
    let rows = 0;
    let line = 0;
    let failure;
    const take = (text) => {
        const lines = (carry + text).split('\n');
        carry = lines.pop() ?? '';
        for (let raw of lines) {
            line++;
            if (raw.endsWith('\r'))
                raw = raw.slice(0, -1);
            if (raw === '')
                continue;
            if (!header) {
                header = true;
                continue;
            }
            const fields = raw.split(job.delimiter);
            if (fields.length !== job.width) {
                failure = `Invalid Record Length: expect ${job.width}, got ${fields.length} on line ${line}`;
                return;
            }
            if (job.where) {
                // The slice's value as written, or the same number written otherwise (1.0 and 1).
                const field = fields[job.where.position].trim();
                const value = job.where.value;
                if (field !== value && (field === '' || Number(field) !== Number(value)))
                    continue;
            }
            rows++;
            for (let f = 0; f < n; f++) {
                let text = fields[job.positions[f]];
                const first = text.charCodeAt(0);
                const last = text.charCodeAt(text.length - 1);
                if (first === 32 || first === 9 || last === 32 || last === 9)
                    text = text.trim();
                if (text.length <= 4 && MISSING.has(text)) {
                    missing[f]++;
                    continue;
                }
                const value = Number(text);
                const numeric = Number.isFinite(value);
                if (numeric) {
                    if (filled[f] === data[f].length) {
                        const bigger = new Float64Array(Math.max(data[f].length * 2, job.expectedRows));
                        bigger.set(data[f]);
                        data[f] = bigger;
                    }
                    data[f][filled[f]++] = value;
                }
                const seen = counts[f];
                if (seen) {
                    seen.set(text, (seen.get(text) ?? 0) + 1);
                    if (seen.size > job.maxCategories)
                        counts[f] = undefined;
                }
                if (!numeric && !counts[f])
                    tooMany[f] = true;
            }
        }
    };
    const fd = fs.openSync(job.path, 'r');
    try {
        let got;
        while (failure === undefined && (got = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
            const bytes = got === buffer.length ? buffer : buffer.subarray(0, got);
            if (bytes.includes(0x22)) {
                parentPort.postMessage({ quoted: true });
                return;
            }
            take(decoder.write(bytes));
        }
        if (failure === undefined)
            take(decoder.end() + '\n');
    }
    finally {
        fs.closeSync(fd);
    }
    if (failure !== undefined) {
        parentPort.postMessage({ error: failure, rows });
        return;
    }
    const columns = [];
    const transfer = [];
    // One set of sort buffers for every column (not 16 bytes a value of garbage per column).
    const longest = Math.max(0, ...filled);
    const scratch = [0, 1, 2, 3].map(() => new Uint32Array(longest));
    for (let f = 0; f < n; f++) {
        const present = rows - missing[f];
        const numeric = filled[f] === present;
        if (numeric) {
            const sorted = sort(data[f].subarray(0, filled[f]), scratch);
            transfer.push(sorted.buffer);
            columns.push({ missing: missing[f], sorted, numbers: filled[f] });
        }
        else
            columns.push({
                missing: missing[f],
                numbers: filled[f],
                ...(counts[f] ? { counts: [...counts[f]] } : {}),
                ...(tooMany[f] ? { tooMany: true } : {}),
            });
    }
    parentPort.postMessage({ rows, columns }, transfer);
}

;// CONCATENATED MODULE: ./src/drift/dataset.ts
/**
 * A dataset's features for the drift and data-quality gates, read in one pass from CSV,
 * JSON Lines (the predictions reader's fast paths) or Parquet: per column, its numeric values
 * (sorted once read), its missing values, and — for a column with any value that is not
 * a number — the count of each distinct value.
 */






/** Distinct values a categorical feature may have before it is refused as an identifier. */
const MAX_CATEGORIES = 10_000;
const MISSING = new Set(['', 'NA', 'NaN', 'null']);
/** A field's text without surrounding spaces (most fields have none: no copy). */
const trimmed = (raw) => {
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(raw.length - 1);
    return first === 32 || first === 9 || last === 32 || last === 9 || last === 13 ? raw.trim() : raw;
};
/** Reads the columns `wanted` (all when undefined) of `path`; errors name `input`. */
async function readFeatures(path, input, wanted, where) {
    const fail = (problem) => {
        throw new errors/* ConfigurationError */.j(input, `${path}: ${problem}`);
    };
    const parquet = /\.parquet$/i.test(path);
    if (!parquet && !/\.(jsonl|ndjson)$/i.test(path)) {
        const read = await readInParallel(path, wanted, fail, where);
        if (read)
            return read;
    }
    let reader;
    try {
        reader = parquet
            ? await openParquet(path)
            : await openRows(path, /\.(jsonl|ndjson)$/i.test(path));
    }
    catch (error) {
        return fail((0,errors/* describeError */.U)(error));
    }
    const { header, rows } = reader;
    const names = wanted ? wanted(header) : header;
    const positions = names.map((name) => header.indexOf(name));
    const whereAt = where ? header.indexOf(where.column) : -1;
    const numbers = names.map(() => new NumberColumn());
    const counts = names.map(() => new Map());
    const missing = names.map(() => 0);
    let row = 0;
    // The rows the file holds, estimated from its first batch: each column is given its
    // room once (doubling a million values at once would hold both copies).
    const size = await (0,promises_.stat)(path).then((s) => s.size, () => 0);
    let estimated = false;
    try {
        for await (const batch of rows) {
            for (const record of batch) {
                if (where) {
                    // The slice's value as written, or the same number written otherwise (1.0 and 1).
                    const field = (record[whereAt] ?? '').trim();
                    if (field !== where.value && (field === '' || Number(field) !== Number(where.value)))
                        continue;
                }
                row++;
                for (let f = 0; f < names.length; f++) {
                    const raw = record[positions[f]];
                    const text = raw === undefined ? '' : trimmed(raw);
                    if (text.length <= 4 && MISSING.has(text)) {
                        missing[f]++;
                        continue;
                    }
                    const value = Number(text);
                    if (Number.isFinite(value))
                        numbers[f].push(value);
                    const seen = counts[f];
                    if (seen) {
                        seen.set(text, (seen.get(text) ?? 0) + 1);
                        // Too many distinct values to be a category: kept only while numeric.
                        if (seen.size > MAX_CATEGORIES)
                            counts[f] = undefined;
                    }
                    if (!Number.isFinite(value) && !counts[f])
                        fail(`column '${names[f]}' has more than ${MAX_CATEGORIES} distinct values that are not numbers: an identifier, not a feature`);
                }
            }
            if (!estimated && row > 0 && !where) {
                // Numeric columns only: a categorical one holds no numbers.
                estimated = true;
                let bytes = 0;
                for (const record of batch)
                    for (const field of record)
                        bytes += (field?.length ?? 0) + 1;
                const expected = Math.ceil((size / Math.max(1, bytes / batch.length)) * 1.02) + 16;
                numbers.forEach((column) => {
                    if (column.length >= row / 2)
                        column.reserve(expected);
                });
            }
        }
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j)
            throw error;
        fail(`row ${row + 1}: ${(0,errors/* describeError */.U)(error)}`);
    }
    if (row === 0)
        fail('has no rows');
    const features = new Map();
    names.forEach((name, f) => {
        const present = row - missing[f];
        const numeric = numbers[f].length === present;
        features.set(name, {
            name,
            present,
            missing: missing[f],
            kind: numeric ? 'numeric' : 'categorical',
            ...(numeric ? { sorted: sortFloat64(numbers[f].values()) } : { counts: counts[f] }),
        });
    });
    return { path, rows: row, header, features };
}
/**
 * A plain CSV file read by a worker thread (reference and current at once, on two cores);
 * undefined when the file needs the main thread's csv-parse path (a quote character).
 */
async function readInParallel(path, wanted, fail, where) {
    let first;
    let size;
    try {
        const handle = await (0,promises_.open)(path, 'r');
        try {
            size = (await handle.stat()).size;
            first = Buffer.alloc(Math.min(size, 1 << 20));
            await handle.read(first, 0, first.length, 0);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return fail((0,errors/* describeError */.U)(error));
    }
    if (first.includes(0x22))
        return undefined;
    const delimiter = /\.tsv$/i.test(path) ? '\t' : ',';
    const lines = first.toString('utf8').split('\n');
    // The header: the first line that is not blank (a BOM dropped); the rest estimate the rows.
    const at = lines.findIndex((l) => l.replace(/\r$/, '') !== '');
    if (at < 0 || (at === lines.length - 1 && first.length < size))
        return undefined;
    const header = lines[at]
        .replace(/\r$/, '')
        .replace(/^\uFEFF/, '')
        .split(delimiter)
        .map((name) => name.trim());
    const names = wanted ? wanted(header) : header;
    const sample = lines.slice(at + 1, -1);
    const perRow = sample.length
        ? sample.reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0) / sample.length
        : size;
    let reply;
    try {
        reply = await readInWorker({
            path,
            delimiter,
            width: header.length,
            positions: names.map((name) => header.indexOf(name)),
            maxCategories: MAX_CATEGORIES,
            // A slice's share of the rows is not known: its columns grow by doubling.
            expectedRows: where ? 0 : Math.ceil((size / perRow) * 1.02) + 16,
            ...(where ? { where: { position: header.indexOf(where.column), value: where.value } } : {}),
        });
    }
    catch (error) {
        // The worker itself failed (the file went away, memory): one line naming the input.
        return fail((0,errors/* describeError */.U)(error));
    }
    if ('quoted' in reply)
        return undefined;
    if ('error' in reply)
        return fail(`row ${reply.rows + 1}: ${reply.error}`);
    if (reply.rows === 0)
        fail('has no rows');
    const features = new Map();
    names.forEach((name, f) => {
        const column = reply.columns[f];
        if (column.tooMany)
            fail(`column '${name}' has more than ${MAX_CATEGORIES} distinct values that are not numbers: an identifier, not a feature`);
        const present = reply.rows - column.missing;
        features.set(name, {
            name,
            present,
            missing: column.missing,
            kind: column.sorted ? 'numeric' : 'categorical',
            ...(column.sorted ? { sorted: column.sorted } : {}),
            ...(!column.sorted && column.counts ? { counts: new Map(column.counts) } : {}),
        });
    });
    return { path, rows: reply.rows, header, features };
}
/**
 * A Parquet file (read by hyparquet, pure JavaScript) as batches of records, one row group
 * at a time, each value as the text a CSV would hold: numbers as JavaScript writes them,
 * booleans as 1/0, null as missing. Flat schemas only.
 */
async function openParquet(path) {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetRead } = await __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 6972));
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    const columns = metadata.schema.slice(1);
    if (columns.some((element) => (element.num_children ?? 0) > 0))
        throw new Error('has nested columns: drift compares flat tables');
    const header = columns.map((element) => element.name);
    const text = (value) => {
        if (value === null || value === undefined)
            return undefined;
        if (typeof value === 'boolean')
            return value ? '1' : '0';
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'bigint')
            return String(value);
        if (value instanceof Date)
            return value.toISOString();
        return JSON.stringify(value);
    };
    async function* rows() {
        let start = 0;
        for (const group of metadata.row_groups) {
            const end = start + Number(group.num_rows);
            const batch = await new Promise((resolve, reject) => {
                parquetRead({
                    file,
                    metadata,
                    rowStart: start,
                    rowEnd: end,
                    onComplete: (data) => resolve(data),
                }).catch(reject);
            });
            yield batch.map((row) => row.map(text));
            start = end;
        }
    }
    return { header, rows: rows() };
}

;// CONCATENATED MODULE: ./src/drift/run-drift.ts
/**
 * The drift and data-quality gates of one evaluate-gate run, from its inputs: which
 * reference (a file, or the sketch the live release recorded), the current data read at
 * the same time, the models' predictions when both sides have them, then the evaluation
 * (src/drift/evaluate-drift.ts), with the reference's sketch kept for the report.
 */







/**
 * The drift and data-quality gates: the gates file's `drift:` section (defaults when only
 * the data is given) over the `reference` and `current` datasets.
 */
async function runDrift(drift, options, candidate, baseline) {
    const { reference, current } = options;
    if (!drift && !reference && !current)
        return undefined;
    if (!reference || !current)
        throw new errors/* ConfigurationError */.j(reference ? 'current' : 'reference', drift
            ? 'the gates file has a drift: section: give both reference and current datasets'
            : 'drift gates compare two datasets: give both reference and current');
    const settings = drift ?? config/* driftSchema */.j.parse({});
    const { columns } = options;
    const own = new Set([columns.id, columns.label, columns.prediction, columns.score]);
    let features = [];
    // What is read: the features, and the slice columns.
    let read = [];
    const choose = (header, where) => {
        features = settings.features ?? header.filter((name) => !own.has(name));
        read = [...new Set([...features, ...settings.slices])];
        const absent = read.filter((name) => !header.includes(name));
        if (absent.length)
            throw new errors/* ConfigurationError */.j('reference', `${where} has no column ${absent.map((n) => `'${n}'`).join(', ')} (drift.features, drift.slices; columns: ${header.join(', ')})`);
        return read;
    };
    if (settings.slices.length && reference.startsWith('environment:'))
        throw new errors/* ConfigurationError */.j('reference', 'drift.slices compares rows of each slice: give reference as the data itself, not the sketch a release recorded', reference);
    // Both datasets are read at once (each in a worker): the current one as soon as the
    // reference's header says which features there are.
    let known;
    let broken;
    const featuresKnown = new Promise((resolve, reject) => {
        known = resolve;
        broken = reject;
    });
    const referenceRead = reference.startsWith('environment:')
        ? liveSketch(reference, options).then((live) => {
            choose(live.features.header, live.features.path);
            known();
            return live;
        })
        : readFeatures(reference, 'reference', (header) => {
            const chosen = choose(header, reference);
            known();
            return chosen;
        }).then((set) => ({ features: set }));
    referenceRead.catch(broken);
    const currentRead = featuresKnown.then(() => readFeatures(current, 'current', (header) => {
        const absent = read.filter((name) => !header.includes(name));
        if (absent.length)
            throw new errors/* ConfigurationError */.j('current', `${current} has no column ${absent.map((n) => `'${n}'`).join(', ')}, which the reference has: a schema change (rename it back, or list the features to compare in drift.features)`);
        return read;
    }));
    const [referenceSide, currentSet] = await Promise.all([referenceRead, currentRead]);
    const referenceSet = referenceSide.features;
    const sketch = referenceSide.sketch ?? sketchOf(referenceSet);
    const predicted = predictionDrift(candidate, baseline);
    if (predicted) {
        referenceSet.features.set(predicted.name, predicted.baseline);
        currentSet.features.set(predicted.name, predicted.candidate);
    }
    const { groups, untested } = await readSlices(settings, features, referenceSet, {
        reference,
        current,
    });
    return {
        ...evaluateDrift(settings, predicted ? [...features, predicted.name] : features, referenceSet, currentSet, predicted ? new Set([predicted.name]) : undefined, groups),
        ...(untested.length ? { untested } : {}),
        reference_sketch: sketch,
    };
}
/** Slices with more values than this are not slices (an identifier, a measurement). */
const MAX_SLICE_VALUES = 50;
/**
 * Each value of each slice column with at least `min-count` rows on both sides: its rows
 * of both datasets, read again with a filter (both at once).
 */
async function readSlices(settings, features, referenceSet, paths) {
    const groups = [];
    const untested = [];
    for (const column of settings.slices) {
        const feature = referenceSet.features.get(column);
        const counts = feature.counts ?? countsOfNumbers(feature);
        if (counts.size > MAX_SLICE_VALUES)
            throw new errors/* ConfigurationError */.j('gates', `drift.slices: '${column}' has ${counts.size} values in the reference (at most ${MAX_SLICE_VALUES}): not a slice column`);
        for (const [value, count] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
            const slice = `${column}=${value}`;
            if (count < settings['min-count']) {
                untested.push(`${slice} (${count} reference rows)`);
                continue;
            }
            const where = { column, value };
            const [reference, current] = await Promise.all([
                readFeatures(paths.reference, 'reference', () => features, where),
                readFeatures(paths.current, 'current', () => features, where).catch((error) => {
                    // A slice the current data does not have at all has no rows: untested.
                    if (error instanceof errors/* ConfigurationError */.j && /has no rows/.test(error.message))
                        return undefined;
                    throw error;
                }),
            ]);
            if (!current || current.rows < settings['min-count']) {
                untested.push(`${slice} (${current?.rows ?? 0} current rows)`);
                continue;
            }
            groups.push({ slice, reference, current });
        }
    }
    return { groups, untested };
}
/**
 * Prediction drift: the candidate's score distribution (a regression's predicted values)
 * against the baseline's — the live model's, with an `environment:` baseline — when both
 * sides are predictions with scores.
 */
function predictionDrift(candidate, baseline) {
    const values = (side) => {
        const table = side?.predictions?.table;
        if (!table)
            return undefined;
        if (table.score)
            return table.score;
        return side.task === 'regression' ? table.prediction?.numbers.values() : undefined;
    };
    const c = values(candidate);
    const b = values(baseline);
    if (!c || !b)
        return undefined;
    const name = candidate.predictions.table.score ? 'prediction score' : 'predicted value';
    const feature = (all, side) => {
        const sorted = sortFloat64(all.filter(Number.isFinite));
        return {
            name: `${name} (${side})`,
            kind: 'numeric',
            present: sorted.length,
            missing: all.length - sorted.length,
            sorted,
        };
    };
    return {
        name,
        candidate: { ...feature(c, 'candidate'), name },
        baseline: { ...feature(b, 'baseline'), name },
    };
}
/** The data sketch the live release of the model recorded with its gate report. */
async function liveSketch(input, options) {
    const environment = input.slice('environment:'.length).trim();
    const fail = (problem) => {
        throw new errors/* ConfigurationError */.j('reference', problem, input);
    };
    if (!environment)
        fail('environment: needs a name');
    const ledger = options.openLedger();
    const name = options.name || (await (0,ledger_ledger/* onlyLiveName */.ez)(ledger, environment, 'name'));
    const release = name ? await (0,ledger_ledger/* liveRelease */._8)(ledger, environment, name) : undefined;
    if (!release)
        return fail(`nothing ${name ? `of ${name} ` : ''}is live in ${environment} (${ledger.description}): no data it was built on to compare with; give reference as a file`);
    const where = `the live release ${release.id} in ${environment}`;
    let report;
    try {
        report = await options.readReport?.(release);
    }
    catch (error) {
        fail(`cannot read the evidence ${release.evidence?.digest} of ${where}: ${error.message}`);
    }
    const parsed = sketchSchema.safeParse(report?.drift?.reference_sketch);
    if (!parsed.success)
        return fail(`${where} recorded no data sketch (its gate compared no reference dataset${release.evidence ? '' : ', and it stored no evidence'}); give reference as a file`);
    const source = `${where}: the sketch of ${parsed.data.path} (${parsed.data.rows} rows)`;
    return { features: featuresOfSketch(parsed.data, source), sketch: parsed.data };
}

// EXTERNAL MODULE: ./src/gate/gates-file.ts
var gates_file = __webpack_require__(8086);
// EXTERNAL MODULE: ./src/analysis/prometheus.ts
var prometheus = __webpack_require__(4680);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/gate/live-side.ts
/**
 * A side measured live: `candidate` or `baseline` given as `prometheus:<track>` (a shadow
 * or an A/B arm the team already serves), each metric of the gates file's `prometheus:`
 * section queried once over its `window`, ending now. A metric with `total` is a share of
 * bad events and keeps its counts, so a regression gate with `significance` tests it
 * (Farrington–Manning). A metric Prometheus has no value for is missing, with why (the
 * gates' `missing` policy decides; never a pass).
 */






const LIVE_PREFIX = 'prometheus:';
const isLive = (value) => value.startsWith(LIVE_PREFIX);
/** Measures `prometheus:<track>`; `input` names the input for errors. */
async function loadLiveSide(value, input, config, access, at = new Date()) {
    const track = value.slice(LIVE_PREFIX.length).trim();
    if (!track || /["\\\n]/.test(track))
        throw new errors/* ConfigurationError */.j(input, 'prometheus: needs a track name (prometheus:shadow)', value);
    if (!config)
        throw new errors/* ConfigurationError */.j(input, `${value} needs a prometheus: section in the gates file (url and metrics)`);
    const client = new prometheus/* PrometheusClient */.S({ url: config.url, ...access });
    const window = `${Math.round((0,duration/* parseDuration */.E)(config.window) / 1000)}s`;
    const fill = (promql) => promql.replace(/\{\{\s*(track|window)\s*\}\}/g, (_, key) => key === 'track' ? track : window);
    const values = {};
    const notes = {};
    const counts = {};
    // One value of a query, or why there is none.
    const one = async (promql) => {
        const value = await client.value(fill(promql), at);
        if (value === undefined)
            return `no data for ${track} in the last ${config.window}`;
        return typeof value === 'number' ? value : value.problem;
    };
    for (const [metric, entry] of Object.entries(config.metrics)) {
        const query = typeof entry === 'string' ? entry : entry.query;
        const total = typeof entry === 'string' ? undefined : entry.total;
        const measured = await one(query);
        if (typeof measured === 'string') {
            notes[metric] = measured;
            continue;
        }
        if (total === undefined) {
            values[metric] = measured;
            continue;
        }
        const all = await one(total);
        if (typeof all === 'string') {
            notes[metric] = all;
            continue;
        }
        // increase() extrapolates to the window's edges: counts are whole events.
        const c = { events: Math.round(measured), total: Math.round(all) };
        if (c.total === 0 || c.events < 0 || c.events > c.total) {
            notes[metric] =
                c.total === 0
                    ? `no events for ${track} in the last ${config.window}`
                    : `${c.events} bad events of ${c.total}: query must count a subset of total`;
            continue;
        }
        values[metric] = c.events / c.total;
        counts[metric] = c;
    }
    return {
        source: `${value} (${config.url}, ${config.window} up to ${at.toISOString()})`,
        overall: { values, notes },
        slices: new Map(),
        ...(Object.keys(counts).length ? { counts } : {}),
    };
}
/** Writes a live side's measurement as a metrics JSON file (the candidate's evidence). */
async function writeMeasurement(side, path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify({ source: side.source, ...metricsOf(side) }, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/gate/loosened.ts
const scopeOf = (gate) => `${gate.metric}${gate.slices?.length ? ` (per ${gate.slices.join(', ')})` : ''}`;
const STRICTNESS = { fail: 2, inconclusive: 1, skip: 0 };
/** One line per loosening, in the order of the recorded gates; empty when none. */
function loosenedSince(current, recorded) {
    const before = recorded;
    if (!before || !Array.isArray(before.gates))
        return [];
    const lines = [];
    if (before.confidence !== undefined && current.confidence < before.confidence)
        lines.push(`confidence lowered from ${before.confidence} to ${current.confidence}`);
    for (const old of before.gates) {
        const scope = scopeOf(old);
        const now = current.gates.filter((g) => scopeOf(g) === scope);
        const first = now[0];
        if (!first) {
            lines.push(`${scope}: gate removed`);
            continue;
        }
        const tightest = (pick, better) => now
            .map(pick)
            .reduce((best, v) => (v === undefined ? best : best === undefined || better(v, best) ? v : best), undefined);
        const min = tightest((g) => g.min, (a, b) => a > b);
        const max = tightest((g) => g.max, (a, b) => a < b);
        if (old.min !== undefined && (min === undefined || min < old.min))
            lines.push(`${scope}: floor ${min === undefined ? 'removed' : `lowered from ${old.min} to ${min}`}`);
        if (old.max !== undefined && (max === undefined || max > old.max))
            lines.push(`${scope}: ceiling ${max === undefined ? 'removed' : `raised from ${old.max} to ${max}`}`);
        const was = old.maxRegression;
        if (was) {
            const tolerances = now.map((g) => g.maxRegression).filter((t) => t !== undefined);
            const same = tolerances.filter((t) => t.relative === was.relative);
            const text = (t) => t.relative ? `${+(t.value * 100).toFixed(6)}%` : String(t.value);
            if (tolerances.length === 0)
                lines.push(`${scope}: regression gate removed`);
            else if (same.length === 0)
                lines.push(`${scope}: max-regression changed from ${text(was)} to ${text(tolerances[0])}`);
            else {
                const least = Math.min(...same.map((t) => t.value));
                if (least > was.value)
                    lines.push(`${scope}: max-regression raised from ${text(was)} to ${text({ ...was, value: least })}`);
            }
            if (old.significance && !now.some((g) => g.significance && g.maxRegression))
                lines.push(`${scope}: significance test dropped (decided on the point estimate)`);
        }
        if (old.minCount !== undefined && Math.min(...now.map((g) => g.minCount)) > old.minCount)
            lines.push(`${scope}: min-count raised from ${old.minCount} to ${Math.min(...now.map((g) => g.minCount))} (more slices go ungated)`);
        if (old.missing && Math.max(...now.map((g) => STRICTNESS[g.missing])) < STRICTNESS[old.missing])
            lines.push(`${scope}: a missing metric now counts as ${first.missing}, not ${old.missing}`);
    }
    return lines;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/build/validate-report.ts
var validate_report = __webpack_require__(2127);
// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/gate/subject.ts
/**
 * What a gate report is about (SPEC §9): the model whose predictions were judged (from
 * `model-digest` or a validate-model report), the candidate predictions file, and the
 * evaluation set (ids and labels). deploy checks the model digest against the image it
 * promotes; a later gate pairs its rows with a release's recorded predictions.
 */






/** The model digest from `model-digest` and/or a validate-model report (both must agree). */
async function modelDigestOf(given, validateReport) {
    if (given && !(0,core_digest/* isDigest */.Bc)(given))
        throw new errors/* ConfigurationError */.j('model-digest', 'must be sha256:<64 hex digits>', given);
    if (!validateReport)
        return given || undefined;
    const { digest } = await (0,validate_report/* readValidateReport */.L)(validateReport, undefined, 'it cannot be gated for promotion');
    if (given && given !== digest)
        throw new errors/* ConfigurationError */.j('model-digest', `disagrees with validate-report, which names ${digest}`, given);
    return digest;
}
/** `sha256:<hex>` of a file's bytes, streamed. */
async function fileDigest(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return (0,core_digest/* digestFrom */.Xb)(hash);
}
/**
 * The evaluation set's digest: SHA-256 of `<id>\t<label>\n` lines sorted by id (by row
 * number without ids), labels in their canonical spelling (`1.0` and `1` are one class).
 */
function evaluationDigest(table) {
    const categories = table.label.categoriesOf();
    const numbers = table.label.numbers.values();
    const labelOf = (i) => categories ? categories.dictionary[categories.codes[i]] : String(numbers[i]);
    const lines = [];
    for (let i = 0; i < table.rows; i++)
        lines.push(`${table.ids ? table.ids[i] : i}\t${labelOf(i)}\n`);
    if (table.ids)
        lines.sort();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const line of lines)
        hash.update(line);
    return (0,core_digest/* digestFrom */.Xb)(hash);
}

;// CONCATENATED MODULE: ./src/gate/run-gate.ts









/** Evaluates the gates; throws ConfigurationError for bad inputs, never for a failed gate. */
async function runGate(options) {
    const { log } = options;
    const config = await (0,gates_file/* loadGates */.Vz)(options.gates);
    const sliceColumns = [
        ...new Set([...options.columns.slices, ...config.gates.flatMap((g) => g.slices)]),
    ];
    const columns = { ...options.columns, slices: sliceColumns };
    const live = (value, input) => loadLiveSide(value, input, config.prometheus, options.liveAccess ?? {});
    const candidate = isLive(options.candidate)
        ? await live(options.candidate, 'candidate')
        : await loadSide(options.candidate, {
            columns,
            task: options.task,
            input: 'candidate',
            positiveLabel: options.positiveLabel,
        });
    // What was measured is the subject: written out, so deploy can store it as evidence.
    const candidatePath = isLive(options.candidate) && options.measurementPath
        ? options.measurementPath
        : options.candidate;
    if (candidatePath !== options.candidate)
        await writeMeasurement(candidate, candidatePath);
    if (candidate.taskReason)
        log.info(`task: ${candidate.task} (inferred: ${candidate.taskReason})`);
    if (candidate.predictions)
        (0,gates_file/* checkGatesFitTask */.N4)(config, candidate.predictions.dataset.task);
    const subject = {
        ...(options.modelDigest ? { model: { digest: options.modelDigest } } : {}),
        ...(isLive(candidatePath)
            ? {}
            : { predictions: { digest: await fileDigest(candidatePath), path: candidatePath } }),
        ...(candidate.predictions
            ? {
                evaluation: {
                    digest: evaluationDigest(candidate.predictions.table),
                    rows: candidate.predictions.table.rows,
                },
            }
            : {}),
    };
    const baseline = isLive(options.baseline)
        ? { side: await live(options.baseline, 'baseline') }
        : await resolveBaseline(options.baseline, {
            columns,
            task: candidate.task ?? options.task,
            input: 'baseline',
            positiveLabel: options.positiveLabel,
        }, options.openLedger, options.baselineSettings);
    checkSharesLowerIsBetter(config, candidate, baseline.side);
    if (baseline.missing)
        log.info(`baseline: ${baseline.missing}; regression gates ${baseline.missingResult === 'fail' ? 'fail' : 'are skipped'}`);
    // Unless the gates file fixes it, the seed comes from the data: the same files give the
    // same intervals, and a pull request cannot shop for a lucky seed without saying so.
    const seed = config.seed ??
        Number.parseInt((subject.predictions?.digest ?? 'sha256:00000000').slice(7, 15), 16);
    let reported = Date.now();
    const evaluation = evaluateGates({ ...config, seed }, candidate, baseline.side, {
        idColumn: columns.id,
        noBaseline: baseline.missing,
        noBaselineResult: baseline.missingResult,
        onProgress: (done, total) => {
            if (Date.now() - reported < 5000 && done < total)
                return;
            reported = Date.now();
            log.info(`bootstrap: ${done}/${total} resamples`);
        },
    });
    const drift = await runDrift(config.drift, {
        reference: options.data?.reference ?? '',
        current: options.data?.current ?? '',
        columns: options.columns,
        openLedger: options.openLedger,
        name: options.baselineSettings?.name,
        readReport: options.readReport,
    }, candidate, baseline.side);
    if (drift)
        mergeDrift(evaluation, drift);
    const release = baseline.release;
    const loosened = loosenedSince(config, release?.gate?.gates);
    for (const line of loosened)
        log.warning(`loosened since release ${release?.id}: ${line}`);
    return {
        evaluation,
        drift,
        candidate,
        baseline,
        subject,
        loosened,
        report: {
            action: 'evaluate-gate',
            verdict: evaluation.verdict,
            passed: evaluation.verdict === 'pass',
            subject,
            task: candidate.task,
            candidate: {
                source: candidate.source,
                ...metricsOf(candidate),
                notes: candidate.overall.notes,
            },
            baseline: baseline.side
                ? {
                    source: baseline.side.source,
                    ...metricsOf(baseline.side),
                    predictions: Boolean(baseline.side.predictions),
                    ...(release ? { release: releaseSummary(release) } : {}),
                }
                : {
                    missing: baseline.missing,
                    regression: baseline.missingResult ?? 'skipped',
                    ...(baseline.firstRelease ? { firstRelease: true } : {}),
                    ...(release ? { release: releaseSummary(release) } : {}),
                },
            gates: evaluation.results,
            ...(drift ? { drift } : {}),
            failedGates: evaluation.failedGates,
            ...(release ? { loosened } : {}),
            bootstrap: evaluation.bootstrap,
            settings: {
                confidence: config.confidence,
                bootstrap: config.bootstrap,
                seed,
                seedFrom: config.seed === undefined ? 'the candidate predictions digest' : 'the gates file',
            },
            // The gates as parsed: a release records them, so a later gate can say what loosened.
            thresholds: { confidence: config.confidence, gates: config.gates },
        },
    };
}
/** The drift rows join the gates: the worse verdict, their failures among failed-gates. */
function mergeDrift(evaluation, drift) {
    for (const row of drift.rows)
        if (row.result !== 'pass')
            evaluation.failedGates.push({
                metric: row.feature,
                ...(row.slice ? { slice: row.slice } : {}),
                kind: row.kind,
                check: row.check,
                result: row.result,
                reason: row.reason,
            });
    const rank = { pass: 0, inconclusive: 1, fail: 2 };
    if (rank[drift.verdict] > rank[evaluation.verdict])
        evaluation.verdict = drift.verdict;
}
/** A share of bad events is better lower: a gate saying otherwise would pass regressions. */
function checkSharesLowerIsBetter(config, ...sides) {
    config.gates.forEach((gate, i) => {
        if (gate.direction === 'higher' && sides.some((side) => side?.counts?.[gate.metric]))
            throw new errors/* ConfigurationError */.j('gates', `gates[${i}] (metric: ${gate.metric}): it is a share of bad events (query / total), so lower is better: direction: lower`);
    });
}
function releaseSummary(release) {
    const { id, name, image, environment, evidence } = release;
    return { id, name, image, environment, ...(evidence ? { evidence } : {}) };
}

// EXTERNAL MODULE: ./src/ledger/open-ledger.ts + 3 modules
var open_ledger = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/release/evidence-store.ts + 1 modules
var evidence_store = __webpack_require__(7353);
// EXTERNAL MODULE: ./src/actions/release-inputs.ts
var release_inputs = __webpack_require__(6606);
;// CONCATENATED MODULE: ./src/actions/evaluate-gate.ts
/** evaluate-gate: inputs -> gates over candidate and baseline -> outputs, summary, PR report. */















const evaluateGateAction = (0,action/* defineAction */.Q)({
    name: 'evaluate-gate',
    inputs: {
        candidate: (0,inputs/* text */.Qq)({ required: true }),
        baseline: (0,inputs/* text */.Qq)(),
        gates: (0,inputs/* text */.Qq)({ required: true }),
        task: (0,inputs/* choice */.Yq)(['auto', 'binary', 'multiclass', 'regression'], 'auto'),
        'id-column': (0,inputs/* text */.Qq)({ default: 'id' }),
        'label-column': (0,inputs/* text */.Qq)({ default: 'label' }),
        'prediction-column': (0,inputs/* text */.Qq)({ default: 'prediction' }),
        'score-column': (0,inputs/* text */.Qq)({ default: 'score' }),
        'slice-columns': (0,inputs/* lines */.Mn)(),
        'model-digest': (0,inputs/* text */.Qq)(),
        'validate-report': (0,inputs/* text */.Qq)(),
        name: (0,inputs/* text */.Qq)(),
        'allow-missing-baseline': (0,inputs/* bool */.lc)(false),
        'positive-label': (0,inputs/* text */.Qq)(),
        reference: (0,inputs/* text */.Qq)(),
        current: (0,inputs/* text */.Qq)(),
        'prometheus-token': (0,inputs/* text */.Qq)({ secret: true }),
        'prometheus-username': (0,inputs/* text */.Qq)(),
        'prometheus-password': (0,inputs/* text */.Qq)({ secret: true }),
        'github-token': (0,inputs/* text */.Qq)({ secret: true, expression: '${{ github.token }}' }),
        'check-name': (0,inputs/* text */.Qq)({ default: 'Model gate' }),
        comment: (0,inputs/* choice */.Yq)(['auto', 'true', 'false'], 'auto'),
        ledger: (0,inputs/* text */.Qq)({ default: 'auto' }),
        fail: (0,inputs/* bool */.lc)(true),
        report: (0,inputs/* text */.Qq)(),
    },
    outputsOnError: { passed: 'false', verdict: '', 'failed-gates': '[]' },
    async run(inputs, { env, log, run: runContext }) {
        const token = inputs['github-token'];
        const modelDigest = await modelDigestOf(inputs['model-digest'], inputs['validate-report']);
        if (!modelDigest)
            log.warning('no model-digest or validate-report: the gate report names no model, so deploy will not accept it');
        const run = await runGate({
            candidate: inputs.candidate,
            baseline: inputs.baseline,
            gates: inputs.gates,
            task: inputs.task,
            columns: {
                id: inputs['id-column'],
                label: inputs['label-column'],
                prediction: inputs['prediction-column'],
                score: inputs['score-column'],
                slices: inputs['slice-columns'],
            },
            positiveLabel: inputs['positive-label'],
            openLedger: () => (0,open_ledger/* openLedger */.a)(inputs.ledger, { token, env, run: runContext }),
            modelDigest,
            baselineSettings: {
                name: (0,release_inputs/* checkName */.I3)(inputs.name),
                allowMissing: inputs['allow-missing-baseline'],
                readEvidence: (release, options) => (0,evidence_store/* withReleaseEvidence */.Vl)(release, (0,release_inputs/* registryAccess */.Yb)({ username: '', password: '', token }, env, log), (path) => loadSide(path, options), (0,actions_cache/* actionsCacheOf */.R)(env)),
            },
            liveAccess: {
                token: inputs['prometheus-token'] || undefined,
                username: inputs['prometheus-username'] || undefined,
                password: inputs['prometheus-password'] || undefined,
            },
            data: { reference: inputs.reference, current: inputs.current },
            readReport: (release) => (0,evidence_store/* releaseGateReport */.$8)(release, (0,release_inputs/* registryAccess */.Yb)({ username: '', password: '', token }, env, log), (0,actions_cache/* actionsCacheOf */.R)(env)),
            measurementPath: (0,external_node_path_.join)((0,external_node_path_.dirname)(inputs.report || (0,report/* defaultReportPath */.j)('evaluate-gate', env)), 'evaluate-gate-candidate.json'),
            log,
        });
        const { evaluation } = run;
        const view = {
            evaluation,
            candidate: run.candidate,
            baseline: run.baseline.side,
            noBaseline: run.baseline.missing,
            firstRelease: run.baseline.firstRelease,
            drift: run.drift,
            ...(run.baseline.release
                ? { loosened: { release: run.baseline.release.id, lines: run.loosened } }
                : {}),
        };
        const pr = await pullRequestOf(env);
        const published = await publishGate(view, {
            pr,
            client: () => (0,github_client/* createGitHubClient */.L)(token, env),
            checkName: inputs['check-name'],
            comment: inputs.comment,
            runUrl: runContext.runUrl,
        });
        for (const warning of published.warnings)
            log.warning(warning);
        if (pr)
            Object.assign(run.report, { published });
        const verdict = evaluation.verdict;
        const failed = evaluation.failedGates;
        return {
            outputs: {
                passed: String(verdict === 'pass'),
                verdict,
                metrics: JSON.stringify(run.candidate.overall.values),
                'baseline-metrics': run.baseline.side
                    ? JSON.stringify(run.baseline.side.overall.values)
                    : '',
                'failed-gates': JSON.stringify(failed),
            },
            summary: renderGateSummary(view, { title: inputs['check-name'] || 'Model gate' }),
            report: run.report,
            failure: inputs.fail && verdict !== 'pass' ? renderFailureLine(evaluation, run.drift) : undefined,
        };
    },
});


/***/ }),

/***/ 4680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* unused harmony export PrometheusError */
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/**
 * A client for the Prometheus HTTP API (`/api/v1/query`): instant queries with a bearer
 * token or basic auth, a timeout per request and the core retry loop for transient
 * failures. A Prometheus that cannot be reached or answers an error is a
 * PrometheusError — analysis treats it as "inconclusive", never as a pass.
 */

class PrometheusError extends Error {
    constructor(message, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = 'PrometheusError';
    }
}
class PrometheusClient {
    options;
    base;
    headers;
    constructor(options) {
        this.options = options;
        this.base = options.url.replace(/\/+$/, '');
        this.headers = { accept: 'application/json' };
        if (options.token)
            this.headers.authorization = `Bearer ${options.token}`;
        else if (options.username !== undefined)
            this.headers.authorization = `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`;
    }
    /**
     * The one value a query should give: a number, `undefined` when it gives none (no
     * series, NaN: no data), or why it cannot be read (several series, a Prometheus error).
     */
    async value(promql, at, signal) {
        try {
            const samples = await this.query(promql, at, signal);
            if (samples.length > 1)
                return { problem: `the query gives ${samples.length} series, not one value` };
            const value = samples[0]?.value;
            return value === undefined || !Number.isFinite(value) ? undefined : value;
        }
        catch (error) {
            if (error instanceof PrometheusError)
                return { problem: error.message };
            throw error;
        }
    }
    /** The value of each series an instant query returns (a scalar is one unlabelled sample). */
    async query(promql, at, signal) {
        const url = new URL(`${this.base}/api/v1/query`);
        url.searchParams.set('query', promql);
        if (at)
            url.searchParams.set('time', String(at.getTime() / 1000));
        const where = `${this.base} (${promql})`;
        let response;
        try {
            response = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retrying */ .R$)(() => fetch(url, {
                headers: this.headers,
                signal: AbortSignal.any([
                    AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
                    ...(signal ? [signal] : []),
                ]),
            }), {
                // Tries end within 40 s, so one query (timeouts included) stays under a minute.
                policy: this.options.retry ?? { ..._core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY */ .vI, deadlineMs: 40_000 },
                judgeResult: (r) => (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransientStatus */ .Dm)(r.status)
                    ? { retry: true, why: `HTTP ${r.status}` }
                    : { retry: false },
                judgeError: (error) => (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransientError */ .bV)(error)
                    ? { retry: true, why: error.message }
                    : { retry: false },
                discard: async (r) => void (await r.body?.cancel()),
                signal,
            });
        }
        catch (error) {
            const cause = error instanceof _core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .RetriesExhausted */ .w1 ? error.cause : error;
            // fetch says "fetch failed"; what failed is its cause (ECONNREFUSED, a timeout).
            const inner = cause?.cause;
            const why = inner?.code ?? inner?.message ?? cause?.message ?? String(cause);
            throw new PrometheusError(`cannot reach Prometheus at ${where}: ${why}`, cause);
        }
        const answer = (await response.json().catch(() => undefined));
        if (!answer || answer.status !== 'success' || !answer.data) {
            const why = answer?.error
                ? `${answer.errorType}: ${answer.error}`
                : `HTTP ${response.status}`;
            if (response.status === 401 || response.status === 403)
                throw new PrometheusError(`Prometheus refused the credentials (${response.status}) for ${where}`);
            throw new PrometheusError(`Prometheus answered ${why} for ${where}`);
        }
        const { resultType, result } = answer.data;
        if (resultType === 'scalar') {
            const [, value] = result;
            return [{ labels: {}, value: Number(value) }];
        }
        if (resultType !== 'vector')
            throw new PrometheusError(`Prometheus answered a ${resultType} for ${where}; analysis needs an instant vector or a scalar`);
        return result.map((s) => ({
            labels: s.metric,
            value: Number(s.value[1]),
        }));
    }
}


/***/ }),

/***/ 2127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readValidateReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5543);
/** A validate-model report as build-image's input: the model's digest, format and signature. */




/**
 * Reads the report at `path` (for `model`, when given); refuses a report of another
 * model, of a model that failed validation, or that names no model digest.
 */
async function readValidateReport(path, model, refusal = 'refusing to build it') {
    let report;
    try {
        report = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', `cannot be read as JSON (${error.code ?? error.message})`, path);
    }
    if (report.valid === false)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', `says the model failed validation; ${refusal}`, path);
    const digest = report.subject?.model?.digest ?? report.digest;
    if (!(0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest) || typeof report.format !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', 'is not a validate-model report (no digest/format)', path);
    if (model !== undefined && report.model && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(report.model) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(model))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', `is for '${report.model}', not '${model}'`, path);
    const signature = report.signature ?? report.tensors;
    return {
        digest,
        format: report.format,
        signature: signature ? JSON.stringify(signature) : undefined,
    };
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionsCacheOf)
/* harmony export */ });
/** The runner's cache service, or undefined outside a job that has one. */
function actionsCacheOf(env) {
    const service = env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL;
    if (env.GITHUB_ACTIONS !== 'true' || !env.ACTIONS_RUNTIME_TOKEN || !service)
        return undefined;
    return {
        async save(dir, key) {
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            try {
                await cache.saveCache([dir], key);
            }
            catch (error) {
                // Content-addressed: an entry that exists already holds the same bytes.
                if (error.name !== cache.ReserveCacheError.name)
                    throw error;
            }
        },
        async restore(dir, key) {
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            return (await cache.restoreCache([dir], key)) === key;
        },
    };
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ driftSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);
/** The `drift:` section of the gates file: which features, the tests' settings, the limits. */

const share = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1);
const driftSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    features: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .min(1)
        .optional()
        .describe('The columns compared (default: every column of `reference` but the id, label, prediction and score columns).'),
    categorical: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .describe('Columns compared as categories even when their values are numbers (codes).'),
    slices: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .describe('Columns whose every value is a slice: each feature is also compared within each slice (in the same Holm family).'),
    'min-count': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .min(1)
        .default(100)
        .describe('Slices with fewer rows on either side are reported, not tested.'),
    alpha: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .gt(0)
        .max(0.2)
        .default(0.05)
        .describe("Family-wise error rate of the tests over all features (Holm's adjustment of their p-values)."),
    bins: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .min(2)
        .max(100)
        .default(10)
        .describe("Bins of numeric features for PSI and Jensen–Shannon: the reference's quantiles."),
    'max-psi': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .default(0.2)
        .describe('A feature drifts when its test rejects and its PSI is past this (0.2: a major shift).'),
    'max-js': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .max(1)
        .optional()
        .describe('Also drifted when the Jensen–Shannon distance (base 2) is past this.'),
    'max-ks': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .max(1)
        .optional()
        .describe("Also drifted when a numeric feature's KS statistic is past this."),
    'max-missing-increase': share
        .default(0.05)
        .describe("Data quality: the current share of missing values may exceed the reference's by at most this."),
    'max-new-categories': share
        .default(0.01)
        .describe('Data quality: share of current rows with a category the reference never had.'),
    'max-out-of-range': share
        .default(0.01)
        .describe("Data quality: share of a numeric feature's current values outside the reference's range."),
})
    .strict();


/***/ }),

/***/ 8086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ gatesFileSchema),
/* harmony export */   N4: () => (/* binding */ checkGatesFitTask),
/* harmony export */   Rj: () => (/* binding */ liveMetricsSchema),
/* harmony export */   Tp: () => (/* binding */ gateSchema),
/* harmony export */   Vz: () => (/* binding */ loadGates)
/* harmony export */ });
/* unused harmony exports liveMetricSchema, parseGates */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8571);
/* harmony import */ var _drift_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5325);
/* harmony import */ var _core_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3925);
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(264);
/**
 * The gates file of SPEC §5 (a path, or the YAML inline in the `gates` input), checked
 * with zod. Every problem is one line naming the `gates` input and the offending entry.
 */






const missing = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['fail', 'inconclusive', 'skip'])
    .describe('What a gate whose metric or slice is missing from the candidate or the baseline becomes: fail, inconclusive or skip.');
const tolerance = zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J().transform((raw, ctx) => {
    if (typeof raw === 'number' && raw >= 0)
        return { value: raw, relative: false };
    const percent = typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw) : null;
    if (percent)
        return { value: parseFloat(percent[1]) / 100, relative: true };
    ctx.addIssue({
        code: 'custom',
        message: typeof raw === 'number'
            ? 'must not be negative'
            : 'must be a number or a percentage such as "1%"',
    });
    return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
});
/** One entry of `gates:` (exported for the reference in docs/). */
const gateSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    metric: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1, 'is required')
        .describe('The metric (accuracy, f1, roc_auc, rmse, ...; or a key of a metrics file).'),
    min: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The candidate must be at least this.'),
    max: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The candidate must be at most this.'),
    'max-regression': tolerance
        .optional()
        .describe('How much worse than the baseline the candidate may be: a number (absolute) or a percentage such as "1%" (of the baseline).'),
    significance: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(false)
        .describe('true: judge max-regression with a paired non-inferiority test (the margin is max-regression) instead of the point estimate.'),
    slices: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1))
        .default([])
        .describe('Columns to gate per value as well (each slice must pass).'),
    'min-count': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .optional()
        .describe('Slices with fewer rows are reported, not gated (default 20 with slices, else 1).'),
    direction: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['higher', 'lower'])
        .optional()
        .describe('Whether higher or lower is better; needed only for a custom metric with max-regression.'),
    missing: missing.optional(),
})
    .strict();
/** A metric measured live: one PromQL value, or bad events (`query`) of all (`total`). */
const liveMetricSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        query: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('PromQL: the value, or with `total` the bad events.'),
        total: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe('PromQL counting all events: the metric is then query / total (lower is better), tested with Farrington–Manning.'),
    })
        .strict(),
]);
/** The `prometheus:` section: what `candidate`/`baseline: prometheus:<track>` measure. */
const liveMetricsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    url: zod__WEBPACK_IMPORTED_MODULE_5__/* .url */ .OZ5({ protocol: /^https?$/ })
        .describe('The Prometheus server, e.g. http://prometheus:9090.'),
    window: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .refine((text) => ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(text) ?? 0) >= 1000, 'must be a duration such as 1h or 30m')
        .default('1h')
        .describe('The time measured, ending now: `{{ window }}` in the queries (default 1h).'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[A-Za-z_][\w.-]*$/), liveMetricSchema)
        .refine((m) => Object.keys(m).length > 0, 'lists no metrics')
        .describe('Metric name → PromQL (`{{ track }}` is the text after `prometheus:`), or {query, total} for a share of bad events.'),
})
    .strict();
/** The gates file (exported for the reference in docs/). */
const gatesFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    // A pull request may edit the gates file: what makes a test weaker has a floor.
    confidence: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .min(0.9, 'must be at least 0.9 (0.975 gives the regulatory one-sided 2.5%)')
        .lt(1)
        .default(0.95)
        .describe('Confidence of the one-sided intervals and tests, at least 0.9.'),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1000, 'must be at least 1000')
        .max(100000)
        .default(2000)
        .describe('Bootstrap resamples for the intervals of metrics without a closed form.'),
    seed: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(0)
        .max(4294967295)
        .optional()
        .describe('Bootstrap seed (default: derived from the data, so a run is reproducible).'),
    missing: missing.default('fail'),
    prometheus: liveMetricsSchema
        .optional()
        .describe('Where `prometheus:<track>` candidates and baselines are measured (below).'),
    drift: _drift_config_js__WEBPACK_IMPORTED_MODULE_2__/* .driftSchema */ .j
        .optional()
        .describe('Drift and data-quality gates between the `reference` and `current` datasets (below).'),
    gates: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).default([]).describe('The gates (the table below).'),
})
    .strict();
const fileSchema = gatesFileSchema;
/** Reads the `gates` input: a path to a YAML file, or the YAML itself. */
async function loadGates(input) {
    return parseGates(await (0,_core_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlInput */ .c)(input, 'gates'));
}
/**
 * Gates that cannot apply to a candidate read from predictions: a metric not defined for
 * its task (`roc_auc_ovr` on a binary task), or one modelgate does not compute (a custom
 * metric exists only in a metrics file). One line naming `gates`.
 */
function checkGatesFitTask(config, task) {
    config.gates.forEach((gate, i) => {
        const where = `gates[${i}] (metric: ${gate.metric})`;
        if (!(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .isKnownMetric */ .Oi)(gate.metric))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', `${where}: modelgate does not compute ${gate.metric} from predictions (it computes ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .metricsFor */ .fZ)(task).join(', ')}); a custom metric needs a metrics file`);
        const why = (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .notDefinedFor */ .YG)(gate.metric, task);
        if (why)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', `${where}: ${why}`);
    });
}
/** Checks a parsed gates document. */
function parseGates(document) {
    const file = fileSchema.safeParse(document);
    if (!file.success)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', describeIssue(file.error, ''));
    const config = file.data;
    if (config.gates.length === 0 && !config.drift)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', 'gates: lists no gates (and there is no drift: section)');
    const gates = config.gates.map((entry, i) => {
        const where = `gates[${i}]${describeEntry(entry)}`;
        const parsed = gateSchema.safeParse(entry);
        if (!parsed.success)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', describeIssue(parsed.error, where));
        return checkGate(parsed.data, where, config.missing);
    });
    return { ...config, gates };
}
function checkGate(entry, where, fileMissing) {
    const fail = (problem) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', `${where}: ${problem}`);
    };
    const known = (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .directionOf */ .FR)(entry.metric);
    const maxRegression = entry['max-regression'] ?? undefined;
    const alias = suggest(entry.metric);
    // A near miss of a metric modelgate computes is a typo, not a custom metric.
    if (!known && alias)
        fail(`unknown metric '${entry.metric}'${alias}`);
    // A floor or ceiling says which side is bad by itself; a regression needs a direction.
    if (!known && !entry.direction && maxRegression !== undefined)
        fail(`unknown metric '${entry.metric}'; a custom metric from a metrics file needs direction: higher or lower for max-regression`);
    if (known && entry.direction && entry.direction !== known)
        fail(`direction of ${entry.metric} is ${known}, not ${entry.direction}`);
    if (entry.min === undefined && entry.max === undefined && maxRegression === undefined)
        fail('needs min, max or max-regression');
    if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max)
        fail(`min ${entry.min} is above max ${entry.max}`);
    if (entry.significance && maxRegression === undefined)
        fail('significance: true needs max-regression (the non-inferiority margin)');
    return {
        metric: entry.metric,
        min: entry.min,
        max: entry.max,
        maxRegression,
        significance: entry.significance,
        slices: entry.slices,
        // A slice smaller than a valid test needs is reported, not gated (SPEC §5).
        minCount: entry['min-count'] ?? (entry.slices.length > 0 ? 20 : 1),
        direction: entry.direction ??
            known ??
            (entry.min === undefined && entry.max !== undefined ? 'lower' : 'higher'),
        missing: entry.missing ?? fileMissing,
    };
}
function describeEntry(entry) {
    const metric = entry?.metric;
    return typeof metric === 'string' ? ` (metric: ${metric})` : '';
}
function describeIssue(error, where) {
    // An unknown key explains the rest (a misspelt `metric` is also a missing one).
    const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
    const path = issue.path.join('.');
    const subject = [where, path].filter(Boolean).join(': ');
    const message = issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'${nearest(k, where ? GATE_KEYS : FILE_KEYS)}`).join(', ')}`
        : issue.message;
    return subject ? `${subject}: ${message}` : message;
}
/** Other names people give the metrics modelgate computes. */
const METRIC_ALIASES = {
    auc: 'roc_auc',
    roc: 'roc_auc',
    auroc: 'roc_auc',
    acc: 'accuracy',
    f1_score: 'f1',
    logloss: 'log_loss',
    cross_entropy: 'log_loss',
    ap: 'average_precision',
    brier_score: 'brier',
    kappa: 'cohen_kappa',
    matthews_corrcoef: 'mcc',
};
/** " (did you mean accuracy?)" for a near miss or another name of a known metric. */
function suggest(name) {
    const lower = name.toLowerCase();
    const close = METRIC_ALIASES[lower] ??
        ((0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .isKnownMetric */ .Oi)(lower) ? lower : undefined) ??
        (lower.length >= 4
            ? Object.keys(_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .METRICS */ .Cb).find((known) => distance(known, lower) <= (lower.length >= 8 ? 2 : 1))
            : undefined);
    return close && (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .isKnownMetric */ .Oi)(close) ? ` (did you mean ${close}?)` : '';
}
const GATE_KEYS = Object.keys(gateSchema.shape);
const FILE_KEYS = Object.keys(fileSchema.shape);
/** " (did you mean metric?)" for a near miss of a key the schema knows. */
function nearest(key, keys) {
    const close = keys.find((known) => distance(known, key) <= 2);
    return close ? ` (did you mean ${close}?)` : '';
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   Oi: () => (/* binding */ isKnownMetric),
/* harmony export */   YG: () => (/* binding */ notDefinedFor),
/* harmony export */   fZ: () => (/* binding */ metricsFor)
/* harmony export */ });
const classification = ['binary', 'multiclass'];
const binary = ['binary'];
const regression = ['regression'];
const averaged = (name) => Object.fromEntries(['macro', 'micro', 'weighted'].map((avg) => [
    `${name}_${avg}`,
    { direction: 'higher', tasks: classification },
]));
const METRICS = {
    n: { direction: 'higher', tasks: ['binary', 'multiclass', 'regression'] },
    accuracy: { direction: 'higher', tasks: classification },
    balanced_accuracy: { direction: 'higher', tasks: classification },
    precision: { direction: 'higher', tasks: binary, hint: 'precision_macro' },
    recall: { direction: 'higher', tasks: binary, hint: 'recall_macro' },
    f1: { direction: 'higher', tasks: binary, hint: 'f1_macro' },
    ...averaged('precision'),
    ...averaged('recall'),
    ...averaged('f1'),
    roc_auc: { direction: 'higher', tasks: binary, scores: true, hint: 'roc_auc_ovr' },
    roc_auc_ovr: { direction: 'higher', tasks: ['multiclass'], scores: true, hint: 'roc_auc' },
    average_precision: { direction: 'higher', tasks: classification, scores: true },
    log_loss: { direction: 'lower', tasks: classification, scores: true },
    brier: { direction: 'lower', tasks: classification, scores: true },
    mcc: { direction: 'higher', tasks: classification },
    cohen_kappa: { direction: 'higher', tasks: classification },
    mae: { direction: 'lower', tasks: regression },
    mse: { direction: 'lower', tasks: regression },
    rmse: { direction: 'lower', tasks: regression },
    r2: { direction: 'higher', tasks: regression },
    mape: { direction: 'lower', tasks: regression },
    median_ae: { direction: 'lower', tasks: regression },
};
/** True for a metric modelgate computes itself. */
function isKnownMetric(name) {
    return Object.hasOwn(METRICS, name);
}
/** The better direction of a known metric, or undefined for a custom one. */
function directionOf(name) {
    return isKnownMetric(name) ? METRICS[name].direction : undefined;
}
/** The metrics defined for a task, in catalogue order. */
function metricsFor(task) {
    return Object.keys(METRICS).filter((name) => METRICS[name].tasks.includes(task));
}
/** Why `name` has no value for `task` (not defined there), or undefined when it is. */
function notDefinedFor(name, task) {
    const info = METRICS[name];
    if (!info || info.tasks.includes(task))
        return undefined;
    const instead = info.hint && METRICS[info.hint]?.tasks.includes(task) ? `; use ${info.hint}` : '';
    return `${name} is not defined for ${task} tasks${instead}`;
}


/***/ })

};
