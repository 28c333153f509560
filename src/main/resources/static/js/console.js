// The operators' console: executions refreshed every two seconds, so counts move while a
// job runs; buttons to start a flow, restart a failed run, stop a running one (disabled,
// with the reason, when not allowed); schedules with their next fire time, pause, resume.
(function () {
	const labels = document.getElementById('labels').dataset;
	const message = document.getElementById('run-message');

	function button(text, enabled, why, action) {
		const b = document.createElement('button');
		b.type = 'button';
		b.textContent = text;
		b.disabled = !enabled;
		if (!enabled) {
			b.title = why;
		}
		b.addEventListener('click', action);
		return b;
	}

	async function executions() {
		const rows = await (await fetch('/console/executions.json')).json();
		const body = document.querySelector('#executions tbody');
		body.replaceChildren();
		rows.forEach((e) => {
			const tr = document.createElement('tr');
			tr.dataset.job = e.job;
			tr.dataset.status = e.status;
			[e.id, e.job, e.status, e.start, e.end, e.read, e.written, e.skipped, e.exitMessage]
				.forEach((v) => annals.cell(tr, v));
			const actions = annals.cell(tr, '');
			const restartable = e.status === 'FAILED' || e.status === 'STOPPED';
			const running = e.status === 'STARTED' || e.status === 'STARTING';
			actions.appendChild(button(labels.restart, restartable, labels.whyRestart,
				() => annals.post('/console/executions/' + e.id + '/restart').then(refresh)));
			actions.appendChild(button(labels.stop, running, labels.whyStop,
				() => annals.post('/console/executions/' + e.id + '/stop').then(refresh)));
			body.appendChild(tr);
		});
	}

	async function schedules() {
		const rows = await (await fetch('/console/schedules.json')).json();
		const body = document.querySelector('#schedules tbody');
		body.replaceChildren();
		rows.forEach((s) => {
			const tr = document.createElement('tr');
			[s.name, s.cron, s.next, s.state].forEach((v) => annals.cell(tr, v));
			const actions = annals.cell(tr, '');
			const paused = s.state === 'PAUSED';
			actions.appendChild(button(paused ? labels.resume : labels.pause, true, '',
				() => annals.post('/console/schedules/' + s.name + '/' + (paused ? 'resume' : 'pause')).then(refresh)));
			body.appendChild(tr);
		});
	}

	function refresh() {
		executions();
		schedules();
	}

	document.querySelectorAll('button.run').forEach((b) => b.addEventListener('click', async () => {
		const response = await annals.post('/console/runs/' + b.dataset.flow);
		const answer = await response.json();
		message.textContent = response.status + ' ' + (answer.error || b.dataset.flow);
		refresh();
	}));
	refresh();
	setInterval(executions, 2000);
})();
