/**
 * What %maven and %%loadFromPOM need around Maven Resolver: settings.xml (local repository,
 * mirrors, servers, proxies), strict checksums, the http blocker, download progress.
 */
package dev.loomlab.magic.maven;
