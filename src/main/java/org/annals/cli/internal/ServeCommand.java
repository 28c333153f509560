package org.annals.cli.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.annals.support.Messages;
import picocli.CommandLine.Command;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code annals serve}: the web pages and the HTTP API (port 8080 unless
 * {@code --server.port}), until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
class ServeCommand implements Callable<Integer> {

	private ConfigurableApplicationContext context;

	/** For parsing only; Spring uses the other constructor. */
	ServeCommand() {
	}

	@Autowired
	ServeCommand(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		this.context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		int port = (this.context instanceof WebServerApplicationContext web) ? web.getWebServer().getPort() : -1;
		System.out.println(Messages.get("cli.serve.started", port));
		closed.await();
		return ExitCodes.OK;
	}

}
