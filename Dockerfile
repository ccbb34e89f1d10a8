# Single-user image for JupyterHub (e.g. Zero to JupyterHub: singleuser.image): Jupyter's
# docker-stacks base, a JDK 21, the Loomlab kernel installed into the image's Python environment
# by the notebook user (the same binder/install-kernel.sh that Binder and CI run), and the
# lessons in the home folder.
#
#   docker build -t loomlab-singleuser .
#   docker run -p 8888:8888 loomlab-singleuser
FROM quay.io/jupyter/base-notebook:latest

USER root
# Ubuntu's JDK 21; Maven builds the kernel jar (a checkout with target/loomlab.jar skips it).
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends openjdk-21-jdk-headless maven \
 && rm -rf /var/lib/apt/lists/*

USER ${NB_UID}
COPY --chown=${NB_UID}:${NB_GID} . /tmp/loomlab
RUN bash /tmp/loomlab/binder/install-kernel.sh "${CONDA_DIR}/bin/python" \
 && cp -r /tmp/loomlab/notebooks "/home/${NB_USER}/lessons" \
 && rm -rf /tmp/loomlab "/home/${NB_USER}/.m2" "/home/${NB_USER}/.cache/pip"
WORKDIR /home/${NB_USER}/lessons
