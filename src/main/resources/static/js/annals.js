// Shared by the console and the upload page: POST with the session's CSRF token, and cells.
window.annals = {
	post(url, body) {
		const token = document.querySelector('meta[name=_csrf]').content;
		const header = document.querySelector('meta[name=_csrf_header]').content;
		return fetch(url, { method: 'POST', headers: { [header]: token }, body: body, credentials: 'same-origin' });
	},
	cell(row, text) {
		const td = document.createElement('td');
		td.textContent = (text === null || text === undefined) ? '' : String(text);
		row.appendChild(td);
		return td;
	}
};
