package org.annals.modularityfixture.orders.internal;

/**
 * Internal to the fixture's {@code orders} module; public only because Java needs it to
 * be for {@code Orders}.
 */
public class OrderStore {

	public int size() {
		return 0;
	}

}
