package org.annals.cli;

import java.util.Enumeration;
import java.util.ResourceBundle;

import org.annals.support.Messages;

/**
 * The command line's usage help, from the message bundles in the command line's language
 * ({@code --lang}), whatever the machine's locale: picocli asks
 * {@link ResourceBundle#getBundle(String)}, which would pick the bundle of the machine's
 * locale, so this base bundle (no bundle has a locale suffix under this name) hands each
 * key on to {@link Messages#bundle} of the language {@link Messages#use} set. Keys follow
 * picocli's conventions: {@code annals.<command>.usage.description},
 * {@code annals.<command>.<option>}.
 */
public class CliMessages extends ResourceBundle {

	@Override
	protected Object handleGetObject(String key) {
		ResourceBundle bundle = Messages.bundle(Messages.locale());
		return bundle.containsKey(key) ? bundle.getObject(key) : null;
	}

	@Override
	public Enumeration<String> getKeys() {
		return Messages.bundle(Messages.locale()).getKeys();
	}

}
