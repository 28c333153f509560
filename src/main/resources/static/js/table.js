// Shows where a figure came from: its facts, each with department, file, sheet and cell,
// and any revision or conflicting value given for the same region, indicator and year.
(function () {
	const table = document.getElementById('yearbook');
	if (!table) {
		return;
	}
	const rows = JSON.parse(table.dataset.lineage);
	const labels = document.getElementById('labels').dataset;
	const body = document.getElementById('sources-body');

	function text(tag, value, className) {
		const element = document.createElement(tag);
		element.textContent = value;
		if (className) {
			element.className = className;
		}
		return element;
	}

	function show(cellElement) {
		document.querySelectorAll('td.figure.selected').forEach((c) => c.classList.remove('selected'));
		cellElement.classList.add('selected');
		const row = rows[Number(cellElement.dataset.row)];
		const cell = row.cells[Number(cellElement.dataset.col)];
		body.replaceChildren();
		const header = table.tHead.rows;
		body.appendChild(text('h3', row.label + ' · ' + cell.display));
		if (cell.note) {
			body.appendChild(text('p', cell.note, 'cell-note'));
		}
		if (!cell.sources.length) {
			body.appendChild(text('p', labels.none));
			return;
		}
		cell.sources.forEach((source) => {
			const dl = document.createElement('dl');
			dl.className = 'source state-' + source.state;
			[[labels.department, source.department], [labels.file, source.file],
				[labels.cell, source.sheet + '!' + source.cell], [labels.value, String(source.value)],
				[labels.received, source.receivedAt], [labels.state, labels[source.state] || source.state]]
				.concat(source.choice ? [[labels.chosen, source.choice.chosenBy + ' · ' + source.choice.chosenAt + ' · '
					+ source.choice.reason]] : [])
				.forEach(([name, value]) => {
					dl.appendChild(text('dt', name));
					dl.appendChild(text('dd', value));
				});
			body.appendChild(dl);
		});
		void header;
	}

	table.addEventListener('click', (event) => {
		const cell = event.target.closest('td.figure');
		if (cell) {
			show(cell);
		}
	});
	table.addEventListener('keydown', (event) => {
		const cell = event.target.closest('td.figure');
		if (cell && (event.key === 'Enter' || event.key === ' ')) {
			event.preventDefault();
			show(cell);
		}
	});
})();
