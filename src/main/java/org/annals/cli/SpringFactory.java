package org.annals.cli;

import picocli.CommandLine;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * Lets picocli create commands through Spring, so that they get their collaborators by
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
			// by its greediest constructor, the @Autowired one (under AOT,
			// no post-processor reads that annotation)
			return type.cast(this.context.getAutowireCapableBeanFactory()
				.autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
		}
		return CommandLine.defaultFactory().create(type);
	}

}
