// The departments' upload: drop or choose several files; each is sent at once and its
// check report shown (file, sheet, cell, why); then the list of the department's own
// submissions.
(function () {
	const labels = document.getElementById('labels').dataset;
	const reports = document.getElementById('reports');

	// an operator uploads for the department chosen above; a department for its own
	const department = document.getElementById('department');
	const template = document.getElementById('template');
	if (department) {
		department.addEventListener('change', () => {
			template.href = '/upload/template.xlsx' + (department.value ? '?department=' + encodeURIComponent(department.value) : '');
		});
	}

	async function send(file) {
		const form = new FormData();
		form.append('file', file);
		if (department) {
			if (!department.value) {
				reports.prepend(Object.assign(document.createElement('p'), { className: 'issue error', textContent: labels.pick }));
				department.focus();
				return;
			}
			form.append('department', department.value);
		}
		const response = await annals.post('/upload', form);
		const report = await response.json();
		const box = document.createElement('section');
		box.className = 'report ' + (report.rejected ? 'rejected' : 'ok');
		const title = document.createElement('h3');
		title.textContent = file.name + ' — ' + (response.ok
			? (report.rejected ? labels.bad : loads(report)) : (report.error || response.status));
		box.appendChild(title);
		if (report.next) {
			const next = document.createElement('p');
			next.className = 'issue info';
			next.textContent = document.documentElement.lang.startsWith('en') ? report.nextEn : report.next;
			box.appendChild(next);
		}
		(report.issues || []).filter((i) => i.severity !== 'INFO').forEach((i) => {
			const p = document.createElement('p');
			p.className = 'issue ' + i.severity.toLowerCase();
			p.textContent = (i.place ? i.place + '  ' : '') + i.message;
			box.appendChild(p);
		});
		// issue 23: the department's own workbook back with the problems marked
		if (report.annotated) {
			const p = document.createElement('p');
			p.appendChild(annotatedLink(report.submissionId));
			box.appendChild(p);
		}
		reports.prepend(box);
		mine();
		owed();
	}

	// an event log loads chronicle events, a statistics table facts: the same verdict as ingest
	function loads(report) {
		return report.kind === 'events' ? labels.okEvents.replace('{0}', report.events)
			: labels.ok.replace('{0}', report.facts);
	}

	function annotatedLink(id) {
		const a = document.createElement('a');
		a.className = 'annotated';
		a.href = '/upload/submissions/' + id + '/annotated.xlsx';
		a.textContent = labels.annotated;
		return a;
	}

	async function mine() {
		const rows = await (await fetch('/upload/submissions.json')).json();
		const body = document.querySelector('#mine tbody');
		body.replaceChildren();
		rows.forEach((s) => {
			const tr = document.createElement('tr');
			tr.dataset.status = s.status;
			[s.file, s.department, labels[s.status] || s.status, s.facts, s.errors, s.warnings].forEach((v) => annals.cell(tr, v));
			const td = document.createElement('td');
			if (s.errors > 0 || s.warnings > 0) {
				td.appendChild(annotatedLink(s.id));
			}
			tr.appendChild(td);
			body.appendChild(tr);
		});
	}

	// issue 23: what the department owes, and where each stands
	async function owed() {
		const rows = await (await fetch('/upload/deliverables.json')).json();
		const body = document.querySelector('#owed tbody');
		body.replaceChildren();
		rows.forEach((d) => {
			const tr = document.createElement('tr');
			tr.dataset.state = d.state;
			[d.deliverable, d.term, d.due, d.stateLabel, d.latest].forEach((v) => annals.cell(tr, v));
			body.appendChild(tr);
		});
	}

	const input = document.getElementById('files');
	input.addEventListener('change', () => Array.from(input.files).forEach(send));
	const drop = document.getElementById('drop');
	drop.addEventListener('dragover', (event) => {
		event.preventDefault();
		drop.classList.add('over');
	});
	drop.addEventListener('dragleave', () => drop.classList.remove('over'));
	drop.addEventListener('drop', (event) => {
		event.preventDefault();
		drop.classList.remove('over');
		Array.from(event.dataTransfer.files).forEach(send);
	});
	mine();
	owed();
})();
