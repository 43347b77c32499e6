package com.toolkitatlas.operations;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Gives Hibernate its bytecode provider that generates no classes, in place of
 * ByteBuddy's, which builds a proxy class for every entity at start-up. No entity here is
 * ever proxied: the application only reads, and no entity has a to-one association nor is
 * looked up by reference ({@code getReference}), so those classes were never used; an
 * attempt to make a proxy would fail loudly rather than load the entity quietly.
 * Hibernate 7 chooses the provider by {@code ServiceLoader} alone
 * ({@code hibernate.bytecode.provider} no longer chooses), so it is put in place as a
 * service of Hibernate's registry, found through {@code META-INF/services}. The
 * attributes of entities are read and written by reflection, as they were already (the
 * reflection optimiser is off by default).
 */
public class NoEntityProxies implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
		serviceRegistryBuilder.addService(BytecodeProvider.class,
				new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
	}

}
