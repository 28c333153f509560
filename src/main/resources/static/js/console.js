// The operators' console: executions filtered by job, status and start date, refreshed every
// two seconds; one execution's steps with their counts, which move while it runs; buttons to
// start a flow, restart a failed or stopped run, stop a running one (disabled, with the reason,
// when not allowed); the inbox; schedules with their next fire time, pause, resume.
(function () {
	const labels = document.getElementById('labels').dataset;
	// jobs and states as people name them (夜间作业, 已完成), in the page's language
	const names = JSON.parse(document.getElementById('names').dataset.names);
	const job = (code) => names.jobs[code] || code;
	const state = (code) => names.statuses[code] || code;
	const message = document.getElementById('run-message');
	const filters = document.getElementById('filters');
	const english = document.documentElement.lang === 'en';
	let selected = null;
	let chosen = false;

	function button(text, refusal, whyOf, action) {
		const b = document.createElement('button');
		b.type = 'button';
		b.textContent = text;
		b.disabled = refusal !== null && refusal !== undefined;
		if (b.disabled) {
			b.title = whyOf(refusal);
		}
		b.addEventListener('click', action);
		return b;
	}

	function whyRestart(refusal) {
		const key = 'whyRestart' + (refusal.code === 'status' ? ''
			: refusal.code.charAt(0).toUpperCase() + refusal.code.slice(1));
		return labels[key] || refusal.message;
	}

	function time(value) {
		return value ? String(value).replace('T', ' ').substring(0, 19) : '';
	}

	function query() {
		const parameters = new URLSearchParams();
		new FormData(filters).forEach((value, name) => { if (value) { parameters.set(name, value); } });
		return parameters.toString();
	}

	async function reprocess(id) {
		const response = await annals.post('/console/submissions/' + id + '/reprocess');
		const answer = await response.json();
		message.textContent = response.status + ' ' + (answer.error || labels.reprocessing.replace('{0}', id));
		inbox();
		refresh();
	}

	async function act(id, action) {
		const response = await annals.post('/console/executions/' + id + '/' + action);
		const answer = await response.json();
		message.textContent = response.status + ' ' + (answer.error || action + ' #' + id);
		selected = id;
		chosen = true;
		refresh();
	}

	async function executions() {
		const rows = await (await fetch('/console/executions.json?' + query())).json();
		const body = document.querySelector('#executions tbody');
		body.replaceChildren();
		if (!chosen) {
			const running = rows.find((e) => e.status === 'STARTED' || e.status === 'STARTING');
			selected = running ? running.id : selected;
		}
		rows.forEach((e) => {
			const tr = document.createElement('tr');
			tr.dataset.id = e.id;
			tr.dataset.job = e.job;
			tr.dataset.status = e.status;
			tr.classList.toggle('selected', e.id === selected);
			const pick = document.createElement('a');
			pick.href = '#execution';
			pick.className = 'pick';
			pick.textContent = e.id;
			pick.addEventListener('click', () => { selected = e.id; chosen = true; refresh(); });
			tr.appendChild(document.createElement('td')).appendChild(pick);
			[job(e.job), state(e.status), time(e.start), time(e.end), e.read, e.written, e.skipped, e.exitMessage]
				.forEach((v) => annals.cell(tr, v));
			const actions = annals.cell(tr, '');
			actions.appendChild(button(labels.restart, e.restart, whyRestart, () => act(e.id, 'restart')));
			actions.appendChild(button(labels.stop, e.stop, () => labels.whyStop, () => act(e.id, 'stop')));
			body.appendChild(tr);
		});
	}

	async function execution() {
		if (selected === null) {
			return;
		}
		const response = await fetch('/console/executions/' + selected + '.json');
		if (!response.ok) {
			return;
		}
		const e = await response.json();
		const head = document.getElementById('execution-head');
		head.dataset.id = e.id;
		head.dataset.status = e.status;
		const parameters = Object.entries(e.parameters).map(([k, v]) => k + '=' + v).join(', ');
		head.textContent = '#' + e.id + ' ' + job(e.job) + ' ' + state(e.status) + ' · ' + e.duration + ' · '
			+ labels.parameters + ': ' + parameters + ' · ' + labels.owner + ': ' + e.owner
			+ (e.errors.length ? ' · ' + e.errors.join(' / ') : '');
		const body = document.querySelector('#steps tbody');
		body.replaceChildren();
		e.steps.forEach((s) => {
			const tr = document.createElement('tr');
			tr.dataset.step = s.name;
			tr.dataset.status = s.status;
			[s.name, state(s.status), s.read, s.written, s.skipped, s.commits, s.rollbacks, s.duration, s.errors.join(' / ')]
				.forEach((v, i) => annals.cell(tr, v).classList.toggle('num', i >= 2 && i <= 6));
			body.appendChild(tr);
		});
	}

	async function flows() {
		const rows = await (await fetch('/console/flows.json')).json();
		rows.forEach((f) => {
			const b = document.querySelector('button.run[data-flow="' + f.flow + '"]');
			if (!b) {
				return;
			}
			b.disabled = f.start !== null;
			b.title = b.disabled ? labels.whyStart : '';
			b.nextElementSibling.textContent = b.disabled ? labels.whyStart : '';
		});
	}

	function rowsOf(id, items, cells) {
		const body = document.querySelector('#' + id + ' tbody');
		body.replaceChildren();
		if (items.length === 0) {
			const tr = document.createElement('tr');
			annals.cell(tr, labels.none).colSpan = body.parentElement.querySelectorAll('th').length;
			body.appendChild(tr);
		}
		items.forEach((item) => {
			const tr = document.createElement('tr');
			tr.dataset.file = item.file;
			cells(item).forEach((v) => annals.cell(tr, v));
			body.appendChild(tr);
		});
	}

	function reasons(submission) {
		return submission.reasons.map((i) => (i.sheet ? i.sheet + (i.cell ? '!' + i.cell : '') + ' ' : '')
			+ (english ? i.english : i.chinese)).join(english ? '; ' : '；');
	}

	async function inbox() {
		const listing = await (await fetch('/console/inbox.json')).json();
		document.getElementById('inbox-folder').textContent = listing.inbox;
		document.getElementById('inbox-missing').hidden = listing.exists;
		const when = (instant) => new Date(instant).toLocaleString();
		rowsOf('inbox-waiting', listing.waiting, (f) => [f.file, f.department, f.size, when(f.modified)]);
		rowsOf('inbox-writing', listing.writing,
			(f) => [f.file, f.department, f.size, when(f.modified), f.temporary ? labels.temporary : labels.recent]);
		const outside = document.getElementById('inbox-outside');
		outside.replaceChildren();
		listing.outside.forEach((name) => { outside.appendChild(document.createElement('li')).textContent = name; });
		const notRead = document.getElementById('inbox-not-read');
		notRead.replaceChildren();
		(listing.notRead || []).forEach((line) => { notRead.appendChild(document.createElement('li')).textContent = line; });
		rowsOf('inbox-submissions', listing.submissions,
			(s) => [s.file, s.department, labels[s.status] || s.status, s.facts, s.errors, s.warnings,
				time(s.receivedAt), reasons(s)]);
		listing.submissions.forEach((s, i) => {
			const row = document.querySelectorAll('#inbox-submissions tbody tr')[i];
			const cell = annals.cell(row, '');
			if (s.status === 'rejected' || s.status === 'failed') {
				cell.appendChild(button(labels.reprocess, null, null, () => reprocess(s.id)));
			}
		});
	}

	async function schedules() {
		const rows = await (await fetch('/console/schedules.json')).json();
		const body = document.querySelector('#schedules tbody');
		body.replaceChildren();
		rows.forEach((s) => {
			const tr = document.createElement('tr');
			tr.dataset.state = s.state;
			[job(s.name), s.cron, s.next, state(s.state)].forEach((v) => annals.cell(tr, v));
			const actions = annals.cell(tr, '');
			const paused = s.state === 'PAUSED';
			actions.appendChild(button(paused ? labels.resume : labels.pause, null, null,
				() => annals.post('/console/schedules/' + s.name + '/' + (paused ? 'resume' : 'pause')).then(slow)));
			body.appendChild(tr);
		});
	}

	function refresh() {
		executions().then(execution);
		flows();
	}

	function slow() {
		inbox();
		schedules();
	}

	document.querySelectorAll('button.run').forEach((b) => b.addEventListener('click', async () => {
		const response = await annals.post('/console/runs/' + b.dataset.flow);
		const answer = await response.json();
		message.textContent = response.status + ' ' + (answer.error || job(b.dataset.flow) + (answer.execution ? ' #' + answer.execution : ''));
		chosen = false;
		refresh();
	}));
	filters.addEventListener('change', refresh);
	filters.addEventListener('submit', (event) => { event.preventDefault(); refresh(); });
	refresh();
	slow();
	setInterval(refresh, 2000);
	setInterval(slow, 5000);
})();
