package org.annals.cli;

import picocli.CommandLine;

import org.springframework.context.ApplicationContext;

/**
 * Lets picocli create commands as Spring beans, so that they get their collaborators by
 * constructor injection.
 */
final class SpringFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	SpringFactory(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		if (type.getPackageName().equals(getClass().getPackageName())) {
			return this.context.getAutowireCapableBeanFactory().createBean(type);
		}
		return CommandLine.defaultFactory().create(type);
	}

}
