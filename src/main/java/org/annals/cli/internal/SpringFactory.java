package org.annals.cli.internal;

import picocli.CommandLine;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * Lets picocli create the command that runs through Spring, so that it gets its
 * collaborators by constructor injection. picocli makes every command of the tree; the
 * others only describe their options, and get the constructor for parsing, so that the
 * beans of commands that do not run are never made.
 */
public final class SpringFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	private final Class<?> running;

	public SpringFactory(ApplicationContext context, Class<?> running) {
		this.context = context;
		this.running = running;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		if (type == this.running) {
			// by its greediest constructor, the @Autowired one (under AOT,
			// no post-processor reads that annotation)
			return type.cast(this.context.getAutowireCapableBeanFactory()
				.autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
		}
		return CommandLine.defaultFactory().create(type);
	}

}
