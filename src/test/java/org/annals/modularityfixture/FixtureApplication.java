package org.annals.modularityfixture;

import org.springframework.modulith.Modulithic;

/**
 * A two-module application that breaks a wall on purpose: {@code billing} uses a type of
 * {@code orders.internal}. {@link ModularityFixtureTests} shows that the check
 * {@code ModularityTests} relies on catches it. Not a Spring component: the product's
 * scan never picks it up.
 */
@Modulithic
public class FixtureApplication {

}
